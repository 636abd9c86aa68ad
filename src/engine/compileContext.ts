import type { AssertionRules } from '../domain/assertionRules';
import type { ReadingWords } from '../domain/readingWords';
import type { Choice, FactDefinition, FactType } from '../domain/factDefinition';
import type { LabTest } from '../domain/labTest';
import type { Locale, LocaleWording } from '../domain/wording';
import type { Condition, Drug, DrugClass } from '../domain/vocabulary';
import { toCanonicalUnit } from '../units/factUnit';
import { UnitConversionError } from '../units/ucum';

/** A rule that cannot be compiled; `path` locates it inside the record (criteria[3].rule.any[1]). */
export class RuleError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'RuleError';
  }
}

export interface Vocabulary {
  readonly facts: ReadonlyMap<string, FactDefinition>;
  readonly drugs: ReadonlyMap<string, Drug>;
  /** Drug classes that say more than their code: names for the whole class, plausible doses. */
  readonly drugClasses: ReadonlyMap<string, DrugClass>;
  readonly conditions: readonly Condition[];
  /** Tests notes report as results, and what their results imply (seeds/facts/tests.yaml). */
  readonly labTests: readonly LabTest[];
  /** How mentions are denied, doubted, planned…, in every language the seeds are worded in (seeds/reading/assertion.*.yaml). */
  readonly assertion: AssertionRules;
  /** How a whole answer says yes, no, unknown or none, in every language the seeds are worded in (seeds/reading/words.*.yaml). */
  readonly words: ReadingWords;
  /** What the assistant says of the catalog in each language besides English (the seeds' *.<locale>.yaml). */
  readonly wordings: ReadonlyMap<Locale, LocaleWording>;
}

export type FactOf<T extends FactType> = Extract<FactDefinition, { type: T }>;

export function factOfType<T extends FactType>(vocabulary: Vocabulary, id: string, type: T, path: string): FactOf<T> {
  const fact = vocabulary.facts.get(id);
  if (!fact) throw new RuleError(path, `unknown fact "${id}" (not in the fact catalog nor in the trial's own facts)`);
  if (fact.type !== type) throw new RuleError(path, `fact "${id}" is a ${fact.type} fact, but this test needs a ${type} fact`);
  return fact as FactOf<T>;
}

/** The options of a choice or set fact: its own list, or the catalog's conditions (`choices: conditions`). */
export function choicesOf(vocabulary: Pick<Vocabulary, 'conditions'>, fact: FactOf<'choice'> | FactOf<'set'>): readonly Choice[] {
  return fact.choices === 'conditions' ? vocabulary.conditions : fact.choices;
}

/** The codes a choice or set fact accepts. */
export function choiceCodes(vocabulary: Vocabulary, fact: FactOf<'choice'> | FactOf<'set'>): string[] {
  return choicesOf(vocabulary, fact).map((c) => c.code);
}

export function choiceLabel(vocabulary: Pick<Vocabulary, 'conditions'>, fact: FactDefinition, code: string): string {
  if (fact.type !== 'choice' && fact.type !== 'set') return code;
  return choicesOf(vocabulary, fact).find((c) => c.code === code)?.label ?? code;
}

/** Converts a threshold written in the source's unit into the fact's canonical unit, once, at load. */
export function toCanonical(
  value: number,
  unit: string,
  canonical: string,
  accepts: readonly { ucum: string; molecularWeight?: number }[],
  path: string,
): number {
  try {
    return toCanonicalUnit(value, unit, canonical, accepts);
  } catch (error) {
    if (error instanceof UnitConversionError) throw new RuleError(path, error.message);
    throw error;
  }
}

/** How a UCUM unit reads to a clinician, from the fact catalog's labels. */
export function unitLabel(unit: string, fact: { unit?: string; unitLabel?: string; accepts?: readonly { ucum: string; aliases: string[] }[] }): string {
  if (unit === fact.unit && fact.unitLabel) return fact.unitLabel;
  return fact.accepts?.find((a) => a.ucum === unit)?.aliases[0] ?? unit;
}

/** Comparators as every language writes them beside a number. */
export const comparatorSymbols = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' } as const;
