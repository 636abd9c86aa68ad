import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { PatientFile } from '../domain/patientFile';
import { dayOf, parseIsoDay } from '../dates/calendar';
import { loadCatalog } from '../catalog/loadCatalog';
import { patientAnswers } from '../catalog/patientAnswers';
import { defaultSeedsPath } from '../catalog/seedsPath';
import { evaluateAll } from '../engine/evaluate';
import { textReport } from '../report/textReport';
import { jsonReport } from '../report/jsonReport';
import { byVerdict } from '../report/wording';
import { z } from 'zod';

const usage = 'usage: npm run match -- <patient.json> [--json] [--seeds <dir>]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, seeds: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(usage);
    return 2;
  }
  const parsed = PatientFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    console.error(`${file}: invalid patient file\n${z.prettifyError(parsed.error)}`);
    return 1;
  }
  const catalog = loadCatalog(values.seeds ?? defaultSeedsPath());
  const answers = patientAnswers(parsed.data, catalog);
  const day = parsed.data.evaluationDate ? parseIsoDay(parsed.data.evaluationDate) : dayOf(DateTime.utc());
  const results = evaluateAll(catalog.trials, answers, day, catalog);
  if (values.json) {
    console.log(JSON.stringify(jsonReport(results, day, catalog), null, 2));
  } else {
    console.log(byVerdict(results).map((r) => textReport(r, catalog)).join('\n\n'));
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
