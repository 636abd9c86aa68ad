import { spawn } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expectRepliesMessage } from '../test/support/activities';
import { freePort } from '../test/support/freePort';
import { BENCH } from './config';
import { median, round } from './stats';

export interface ColdStartReport {
  runs: number[];
  medianMs: number;
}

const INDEX = path.resolve(__dirname, '../dist/src/index.js');
const POLL_MS = 5;

/** `node dist/src/index.js` as deployed, from spawn until its first answered turn over HTTP. */
export async function coldStart(): Promise<ColdStartReport> {
  const runs: number[] = [];
  for (let i = 0; i < BENCH.coldStartRuns; i++) runs.push(round(await oneColdStart(), 0));
  return { runs, medianMs: median(runs) };
}

async function oneColdStart(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [INDEX], { env: { ...process.env, PORT: String(port), NODE_ENV: 'production' }, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`dist/src/index.js exited with ${child.exitCode} (run npm run build)`);
      if (await answersATurn(`http://127.0.0.1:${port}/api/messages`)) return performance.now() - started;
      await sleep(POLL_MS);
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function answersATurn(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(expectRepliesMessage('hello')) });
    const body = (await response.json()) as { activities?: unknown[] };
    return response.ok && Array.isArray(body.activities) && body.activities.length > 0;
  } catch {
    return false;
  }
}
