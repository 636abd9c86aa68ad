import type { FactDefinition } from '../domain/factDefinition';
import { RECORDED } from '../domain/reading';
import type { ReadingWords } from '../domain/readingWords';
import { invalid, type ParseOutcome } from './outcome';
import { readYesNo } from './wholeAnswers';

export function parseBoolean(entered: string, fact: FactDefinition, words: ReadingWords): ParseOutcome {
  const value = readYesNo(entered, words);
  if (value === undefined) return invalid({ code: 'yes-no', fact: fact.id });
  return { kind: 'value', value: { kind: 'boolean', value, entered }, reading: RECORDED };
}
