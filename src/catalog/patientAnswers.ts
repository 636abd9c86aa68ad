import type { FactDefinition, MedicationFact, NumberFact } from '../domain/factDefinition';
import type { Answers, FactValue, MedicationUse } from '../domain/factValue';
import type { PatientFactInput, PatientFile, PatientMedication } from '../domain/patientFile';
import { partialDateToInterval } from '../dates/calendar';
import { choiceCodes, type Vocabulary } from '../engine/compileContext';
import { toDailyDose } from '../units/dailyDose';
import { toCanonicalUnit } from '../units/factUnit';

export class PatientFileError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the patient file is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'PatientFileError';
  }
}

/** Turns a patient file's facts into answers, checking each against its fact definition. */
export function patientAnswers(file: PatientFile, vocabulary: Vocabulary): Answers {
  const problems: string[] = [];
  const answers: Answers = {};
  for (const [id, input] of Object.entries(file.facts)) {
    const fact = vocabulary.facts.get(id);
    if (!fact) {
      problems.push(`facts.${id}: unknown fact (see seeds/facts/facts.yaml for fact ids)`);
      continue;
    }
    try {
      answers[id] = toFactValue(input, fact, vocabulary);
    } catch (error) {
      problems.push(`facts.${id}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new PatientFileError(problems);
  return answers;
}

function toFactValue(input: PatientFactInput, fact: FactDefinition, vocabulary: Vocabulary): FactValue {
  if (input === 'unknown') return { kind: 'unknown', entered: 'unknown' };
  const entered = JSON.stringify(input);
  switch (fact.type) {
    case 'number':
      return numberValue(input, fact);
    case 'boolean':
      if (typeof input !== 'boolean') throw new Error('expected true, false or "unknown"');
      return { kind: 'boolean', value: input, entered };
    case 'choice': {
      const codes = choiceCodes(vocabulary, fact);
      if (typeof input !== 'string' || !codes.includes(input)) throw new Error(`expected one of ${codes.join(', ')}`);
      return { kind: 'choice', value: input, entered: input };
    }
    case 'set': {
      const codes = choiceCodes(vocabulary, fact);
      if (!Array.isArray(input) || !input.every((c): c is string => typeof c === 'string' && codes.includes(c))) {
        throw new Error(`expected a list of ${codes.join(', ')} (empty for none)`);
      }
      return { kind: 'set', values: input, entered };
    }
    case 'date':
      if (input === null || input === 'never') {
        if (!fact.noneLabel) throw new Error('this event cannot be "never"; give a date or "unknown"');
        return { kind: 'date', entered: 'never' };
      }
      if (typeof input !== 'string') throw new Error('expected a date YYYY, YYYY-MM or YYYY-MM-DD');
      return { kind: 'date', value: partialDateToInterval(input), entered: input };
    case 'medication':
      if (!Array.isArray(input) || !input.every((m) => typeof m === 'object')) {
        throw new Error('expected a list of medicines (empty for none)');
      }
      return {
        kind: 'medication',
        uses: (input as PatientMedication[]).map((m, i) => medicationUse(m, fact, vocabulary, i)),
        entered: input.length === 0 ? 'none' : entered,
      };
  }
}

function numberValue(input: PatientFactInput, fact: NumberFact): FactValue {
  // "normal" for a value read against the laboratory's limit (ALT, bilirubin): its normal range.
  if (input === 'normal' && fact.normal) return { kind: 'number', value: { low: fact.normal[0], high: fact.normal[1] }, entered: 'normal' };
  const quantity =
    typeof input === 'number' ? { value: input, unit: fact.unit } : typeof input === 'object' && input !== null && 'unit' in input ? input : undefined;
  if (!quantity) throw new Error(`expected a number in ${fact.unitLabel} or { "value": n, "unit": "UCUM unit" }${fact.normal ? ', or "normal"' : ''}`);
  const value = toCanonicalUnit(quantity.value, quantity.unit, fact.unit, fact.accepts);
  if (value < fact.plausible[0] || value > fact.plausible[1]) {
    throw new Error(`${value} ${fact.unitLabel} is outside the plausible range ${fact.plausible[0]}–${fact.plausible[1]}`);
  }
  const entered = `${quantity.value} ${quantity.unit === fact.unit ? fact.unitLabel : quantity.unit}`;
  return { kind: 'number', value: { low: value, high: value }, entered };
}

function medicationUse(input: PatientMedication, fact: MedicationFact, vocabulary: Vocabulary, index: number): MedicationUse {
  const drug = vocabulary.drugs.get(input.drug);
  const at = `[${index}]`;
  if (!drug) throw new Error(`${at}.drug: unknown drug "${input.drug}" (see seeds/facts/drugs.yaml)`);
  if (!drug.classes.some((c) => fact.classes.includes(c))) {
    throw new Error(`${at}.drug: "${input.drug}" is not one of ${fact.classes.join(', ')}`);
  }
  const dailyOf = (dose: { value: number; unit: string }) => {
    const daily = toDailyDose(dose.value, dose.unit, drug, fact);
    return { low: daily, high: daily };
  };
  const daily = input.dose ? dailyOf(input.dose) : undefined;
  return {
    drug: drug.code,
    current: input.stopped === undefined,
    ...(daily === undefined ? {} : { dailyDose: daily }),
    ...(input.dose ? { doseEntered: `${input.dose.value} ${input.dose.unit}` } : {}),
    ...(input.route ? { route: input.route } : {}),
    ...(input.started ? { started: partialDateToInterval(input.started) } : {}),
    ...(input.doseSince ? { doseSince: partialDateToInterval(input.doseSince) } : {}),
    ...(input.stopped ? { stopped: partialDateToInterval(input.stopped) } : {}),
    ...(input.previousDoses?.length
      ? {
          earlierDoses: input.previousDoses.map((earlier) => ({
            ...(earlier.dose ? { dailyDose: dailyOf(earlier.dose), doseEntered: `${earlier.dose.value} ${earlier.dose.unit}` } : {}),
            ...(earlier.since ? { since: partialDateToInterval(earlier.since) } : {}),
          })),
        }
      : {}),
    ...(input.highestDose
      ? { highest: { dailyDose: dailyOf(input.highestDose.dose), from: partialDateToInterval(input.highestDose.from).earliest, to: partialDateToInterval(input.highestDose.to).latest } }
      : {}),
  };
}

