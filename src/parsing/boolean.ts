import type { FactDefinition } from '../domain/factDefinition';
import { normalizeName } from '../text/normalize';
import { invalid, type ParseOutcome } from './outcome';

const YES = new Set(['yes', 'y', 'yeah', 'yep', 'yup', 'positive', 'pos', 'present', 'true', 'correct', 'affirmative', 'confirmed']);
const NO = new Set(['no', 'n', 'nope', 'nah', 'negative', 'neg', 'absent', 'false', 'none', 'not present', 'never', 'nil']);

export function parseBoolean(entered: string, fact: FactDefinition): ParseOutcome {
  const key = normalizeName(entered);
  const value = YES.has(key) ? true : NO.has(key) ? false : undefined;
  if (value === undefined) return invalid(`Please answer yes, no, or unknown (${fact.label}).`);
  return { kind: 'value', value: { kind: 'boolean', value, entered }, summary: `${fact.label}: ${value ? 'yes' : 'no'}` };
}
