import { dateOfDay, formatDay } from '../../src/dates/calendar';
import type { DayInterval, FactValue, MedicationUse, NumberInterval } from '../../src/domain/factValue';
import type { PatientFactInput, PatientFile, PatientMedication } from '../../src/domain/patientFile';
import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Day } from '../../src/dates/calendar';

/**
 * The patient file (the match CLI's input) that records the same answers a conversation recorded: the inverse of
 * src/catalog/patientAnswers.ts, for the answers screenings record (exact numbers, dates as precise as a day, a
 * month or a year). Fails on what a patient file cannot say, so that a test never compares something else.
 */
export function patientFileOf(answers: Record<string, FactValue>, day: Day, catalog: Catalog): PatientFile {
  const facts: PatientFile['facts'] = {};
  for (const [id, value] of Object.entries(answers)) facts[id] = inputOf(id, value, catalog);
  return { evaluationDate: formatDay(day), facts };
}

function inputOf(id: string, value: FactValue, catalog: Catalog): PatientFactInput {
  const fact = catalog.facts.get(id)!;
  switch (value.kind) {
    case 'unknown':
      return 'unknown';
    case 'number':
      if (fact.type !== 'number') return fail(`${id} is not a number fact`);
      if (fact.normal && value.value.low === fact.normal[0] && value.value.high === fact.normal[1]) return 'normal';
      return { value: point(value.value, id), unit: fact.unit };
    case 'boolean':
    case 'choice':
      return value.value;
    case 'set':
      return value.values;
    case 'date':
      return value.value ? partialDate(value.value, id) : null;
    case 'medication':
      return value.uses.map((use) => medicationOf(use, id, catalog));
  }
}

function medicationOf(use: MedicationUse, id: string, catalog: Catalog): PatientMedication {
  const fact = catalog.facts.get(id)!;
  if (fact.type !== 'medication') throw new Error(`${id} is not a medication fact`);
  const drug = catalog.drugs.get(use.drug)!;
  // A prednisone-equivalent daily dose back to the drug's own dose (the file gives doses as taken).
  const asGiven = (dose: NumberInterval) => {
    const daily = point(dose, id);
    return { value: fact.doseAs === 'prednisone-equivalent' ? (daily * drug.equivalentToPrednisone5mg!.value) / 5 : daily, unit: fact.doseUnit };
  };
  return {
    drug: use.drug,
    ...(use.dailyDose ? { dose: asGiven(use.dailyDose) } : {}),
    ...(use.route ? { route: use.route } : {}),
    ...(use.started ? { started: partialDate(use.started, id) } : {}),
    ...(use.doseSince ? { doseSince: partialDate(use.doseSince, id) } : {}),
    ...(use.current ? {} : { stopped: use.stopped ? partialDate(use.stopped, id) : fail(`${id}: a stop with no date`) }),
    ...(use.earlierDoses?.length ? { previousDoses: use.earlierDoses.map((d) => ({ ...(d.dailyDose ? { dose: asGiven(d.dailyDose) } : {}), ...(d.since ? { since: partialDate(d.since, id) } : {}) })) } : {}),
    ...(use.highest ? { highestDose: { dose: asGiven(use.highest.dailyDose), from: formatDay(use.highest.from), to: formatDay(use.highest.to) } } : {}),
  };
}

function point({ low, high }: NumberInterval, id: string): number {
  if (low === undefined || low !== high) return fail(`${id}: ${JSON.stringify({ low, high })} is not one value`);
  return low;
}

/** YYYY-MM-DD, YYYY-MM or YYYY: the interval must be exactly a day, a month or a year (cut at today, it may end early). */
function partialDate({ earliest, latest }: DayInterval, id: string): string {
  const start = dateOfDay(earliest);
  if (earliest === latest) return formatDay(earliest);
  if (start.day === 1 && dateOfDay(latest).hasSame(start, 'month')) return start.toFormat('yyyy-MM');
  if (start.ordinal === 1 && dateOfDay(latest).hasSame(start, 'year')) return start.toFormat('yyyy');
  return fail(`${id}: ${formatDay(earliest)}…${formatDay(latest)} is not a day, a month or a year`);
}

function fail(message: string): never {
  throw new Error(`a patient file cannot say this: ${message}`);
}
