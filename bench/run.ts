import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../src/catalog/loadCatalog';
import { defaultSeedsPath } from '../src/catalog/seedsPath';
import { coldStart } from './coldStart';
import { engineBench } from './engine/engineBench';
import { httpBench } from './http/httpBench';
import { describeMachine } from './machine';
import { formatReport, type BenchReport } from './report';
import { stateSize } from './state/stateSize';

/** `npm run bench`: builds first (the server children and the cold start run the compiled code). */
async function main(): Promise<void> {
  const log = (line: string) => console.error(line);
  const machine = describeMachine();
  const catalog = loadCatalog(defaultSeedsPath());
  log('HTTP: ours and the reference bots, interleaved…');
  const http = await httpBench(log);
  log('engine: synthetic catalogs…');
  const engine = engineBench(catalog);
  log('cold start…');
  const cold = await coldStart();
  log('state size…');
  const state = await stateSize(catalog);
  machine.loadAverage.end = Number(os.loadavg()[0]!.toFixed(2));
  const report: BenchReport = { machine, http, engine, coldStart: cold, state };
  const file = path.resolve(__dirname, 'results/latest.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(formatReport(report));
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
