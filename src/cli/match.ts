import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { PatientFile } from '../domain/patientFile';
import { dayOf, parseIsoDay } from '../dates/calendar';
import { loadCatalog, type Catalog } from '../catalog/loadCatalog';
import { patientAnswers } from '../catalog/patientAnswers';
import { defaultSeedsPath } from '../catalog/seedsPath';
import { evaluateAll } from '../engine/evaluate';
import { textReport } from '../report/textReport';
import { jsonReport } from '../report/jsonReport';
import { byVerdict } from '../report/results';
import { voiceOf } from '../replies/voice';
import { z } from 'zod';

const usage = 'usage: npm run match -- <patient.json> [more patient files…] [--json] [--seeds <dir>]';

/** One patient file's results, as text or as the JSON report. */
function match(file: string, catalog: Catalog, json: boolean): string | ReturnType<typeof jsonReport> {
  const parsed = PatientFile.safeParse(readJson(file));
  if (!parsed.success) throw new Error(`${file}: invalid patient file\n${z.prettifyError(parsed.error)}`);
  const answers = patientAnswers(parsed.data, catalog);
  const day = parsed.data.evaluationDate ? parseIsoDay(parsed.data.evaluationDate) : dayOf(DateTime.utc());
  const results = evaluateAll(catalog.trials, answers, day, catalog);
  const voice = voiceOf(catalog, 'en');
  return json ? jsonReport(results, day, voice) : byVerdict(results).map((r) => textReport(r, voice)).join('\n\n');
}

/** The file's JSON; one that is not names the file, as several may be given. */
function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not a JSON patient file (${(error as Error).message})`);
  }
}

/** Several files: the JSON reports keyed by file name, or each text report under its file name. */
function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, seeds: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error(usage);
    return 2;
  }
  const catalog = loadCatalog(values.seeds ?? defaultSeedsPath());
  const reports = positionals.map((file) => [file, match(file, catalog, values.json)] as const);
  if (reports.length === 1) {
    const report = reports[0]![1];
    console.log(typeof report === 'string' ? report : JSON.stringify(report, null, 2));
  } else if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(reports), null, 2));
  } else {
    console.log(reports.map(([file, report]) => `== ${file} ==\n${String(report)}`).join('\n\n'));
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
