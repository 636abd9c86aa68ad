import type { FactDefinition } from '../domain/factDefinition';
import type { ReadingWords } from '../domain/readingWords';
import { invalid, type ParseOutcome } from './outcome';
import { readYesNo } from './wholeAnswers';

export function parseBoolean(entered: string, fact: FactDefinition, words: ReadingWords): ParseOutcome {
  const value = readYesNo(entered, words);
  if (value === undefined) return invalid(`Please answer yes, no, or unknown (${fact.label}).`);
  return { kind: 'value', value: { kind: 'boolean', value, entered }, summary: `${fact.label}: ${value ? 'yes' : 'no'}` };
}
