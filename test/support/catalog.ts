import path from 'node:path';
import { loadCatalog, type Catalog } from '../../src/catalog/loadCatalog';
import { patientAnswers } from '../../src/catalog/patientAnswers';
import type { PatientFile } from '../../src/domain/patientFile';
import type { Answers } from '../../src/domain/factValue';
import { parseIsoDay } from '../../src/dates/calendar';

export const seedsDir = path.resolve(__dirname, '../../seeds');
export const examplesDir = path.resolve(__dirname, '../../examples/patients');

let cached: Catalog | undefined;
/** The real catalog, loaded once per test file. */
export function realCatalog(): Catalog {
  cached ??= loadCatalog(seedsDir);
  return cached;
}

/** The evaluation day the examples are written for. */
export const EVALUATION_DAY = parseIsoDay('2026-11-21');

/** Answers from patient-file facts, so tests read like the documented patient format. */
export function answersOf(facts: PatientFile['facts'], catalog: Catalog = realCatalog()): Answers {
  return patientAnswers({ facts }, catalog);
}

export function trialOf(catalog: Catalog, id: string) {
  const trial = catalog.trials.find((t) => t.record.id === id);
  if (!trial) throw new Error(`no trial "${id}" in the catalog`);
  return trial;
}
