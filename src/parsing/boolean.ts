import type { FactDefinition } from '../domain/factDefinition';
import { RECORDED } from '../domain/reading';
import { normalizeName } from '../text/normalize';
import { invalid, type ParseOutcome } from './outcome';
import { negatedRemainder } from './wholeAnswers';

const YES = new Set(['yes', 'y', 'yeah', 'yep', 'yup', 'positive', 'pos', 'present', 'true', 'correct', 'affirmative', 'confirmed', 'yes confirmed', 'that is right', 'thats right', 'right']);
const NO = new Set(['no', 'n', 'nope', 'nah', 'negative', 'neg', 'absent', 'false', 'none', 'not present', 'never', 'nil']);

/** A yes or a no however worded ("no history of it", "has never received it"); undefined for anything else. */
export function readYesNo(entered: string): boolean | undefined {
  const key = normalizeName(entered);
  if (YES.has(key)) return true;
  return NO.has(key) || negatedRemainder(entered) !== undefined ? false : undefined;
}

export function parseBoolean(entered: string, fact: FactDefinition): ParseOutcome {
  const value = readYesNo(entered);
  if (value === undefined) return invalid({ code: 'yes-no', fact: fact.id });
  return { kind: 'value', value: { kind: 'boolean', value, entered }, reading: RECORDED };
}
