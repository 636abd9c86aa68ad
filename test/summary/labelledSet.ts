import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { patientAnswers } from '../../src/catalog/patientAnswers';
import { parseIsoDay, type Day } from '../../src/dates/calendar';
import type { Answers, FactValue, MedicationUse } from '../../src/domain/factValue';
import { PartialDate } from '../../src/domain/isoDuration';
import { PatientFactInput, PatientMedication, type PatientFile } from '../../src/domain/patientFile';
import type { Vocabulary } from '../../src/engine/compileContext';
import { IdentifierKind } from '../../src/summary/identifierKind';

export const summariesDir = path.resolve(__dirname, '../fixtures/summaries');
/** Summaries written after the reader, never used to change it. */
export const heldOutDir = path.join(summariesDir, 'held-out');
/** Chinese clinicians' summaries, written by helpers who never saw the reader; `held-out` beside them as above. */
export const chineseSummariesDir = path.join(summariesDir, 'zh');
export const chineseHeldOutDir = path.join(chineseSummariesDir, 'held-out');

/** What the patient file cannot say and a summary does (see test/fixtures/summaries/README.md). */
const DATE_UNKNOWN = 'date unknown';
const NORMAL = 'normal';
const BoundedNumber = z.object({ value: z.number(), unit: z.string().min(1), bound: z.enum(['above', 'below']) }).strict();
const LabelledMedication = PatientMedication.extend({ stopped: z.union([PartialDate, z.literal(DATE_UNKNOWN)]).optional() }).strict();
export const LabelledFact = z.union([BoundedNumber, z.array(LabelledMedication), PatientFactInput]);

/** Why a fact the text mentions is not settled by it (see the corpus's README). */
export const UnsettledStatus = z.enum(['negated-part', 'uncertain', 'planned', 'allergy', 'family', 'historical', 'test-result', 'other']);
export type UnsettledStatus = z.infer<typeof UnsettledStatus>;

export const LabelledSummary = z
  .object({
    evaluationDate: z.iso.date(),
    text: z.string().min(1),
    identifiers: z.array(z.object({ kind: IdentifierKind, text: z.string().min(1) }).strict()).default([]),
    facts: z.record(z.string(), LabelledFact),
    /** Facts the text mentions without settling them, with why: reading one as present is an opposite reading. */
    unsettled: z.record(z.string(), UnsettledStatus).default({}),
  })
  .strict();
export type LabelledSummary = z.infer<typeof LabelledSummary>;

export interface LabelledCase {
  name: string;
  summary: LabelledSummary;
  today: Day;
}

/** Every labelled summary in `dir`, in file order; a file that does not match the format fails with its name and the field. */
export function labelledSet(dir = summariesDir): LabelledCase[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const parsed = LabelledSummary.safeParse(parse(readFileSync(path.join(dir, file), 'utf8')));
      if (!parsed.success) {
        const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${path.relative(process.cwd(), path.join(dir, file))} is not a labelled summary: ${where}`);
      }
      return { name: file.replace(/\.yaml$/, ''), summary: parsed.data, today: parseIsoDay(parsed.data.evaluationDate) };
    });
}

/**
 * The labelled facts as recorded values: the patient-file part through patientAnswers, then the three
 * additions applied to what it recorded.
 */
export function expectedAnswers({ summary }: LabelledCase, vocabulary: Vocabulary): Answers {
  const plain: PatientFile['facts'] = {};
  const adjust: Record<string, (value: FactValue) => FactValue> = {};
  const normals: Answers = {};
  for (const [id, input] of Object.entries(summary.facts)) {
    const fact = vocabulary.facts.get(id);
    if (input === NORMAL && fact?.type === 'number' && fact.normal) {
      normals[id] = { kind: 'number', value: { low: fact.normal[0], high: fact.normal[1] }, entered: NORMAL };
    } else if (isBounded(input)) {
      plain[id] = { value: input.value, unit: input.unit };
      adjust[id] = (value) => (value.kind === 'number' ? { ...value, value: input.bound === 'above' ? { low: value.value.low } : { high: value.value.high } } : value);
    } else if (Array.isArray(input) && input.some((m) => typeof m === 'object' && m.stopped === DATE_UNKNOWN)) {
      const medicines = input as z.infer<typeof LabelledMedication>[];
      plain[id] = medicines.map((m) => (m.stopped === DATE_UNKNOWN ? { ...m, stopped: summary.evaluationDate } : m)) as PatientMedication[];
      const undated = medicines.map((m) => m.stopped === DATE_UNKNOWN);
      adjust[id] = (value) => (value.kind === 'medication' ? { ...value, uses: value.uses.map((use, i) => (undated[i] ? withoutStopDate(use) : use)) } : value);
    } else {
      plain[id] = input as PatientFactInput;
    }
  }
  const answers = patientAnswers({ facts: plain }, vocabulary);
  for (const [id, change] of Object.entries(adjust)) answers[id] = change(answers[id]!);
  return { ...answers, ...normals };
}

function isBounded(input: unknown): input is z.infer<typeof BoundedNumber> {
  return BoundedNumber.safeParse(input).success;
}

function withoutStopDate({ stopped: _stopped, ...use }: MedicationUse): MedicationUse {
  return use;
}
