import type { FactDefinition } from '../domain/factDefinition';
import { parseBoolean } from './boolean';
import { parseChoice } from './choice';
import { parseDate } from './date';
import { parseMedication } from './medication';
import { parseNumber } from './number';
import { invalid, type ParseContext, type ParseOutcome } from './outcome';
import { parseSet } from './set';
import { isUnknownAnswer } from './wholeAnswers';

export type { ParseContext, ParseOutcome } from './outcome';

/** Longer answers are pasted notes, not answers; refusing them also bounds the fuzzy matching work. */
const MAX_LENGTH = 500;

/** A question mark ending an answer ("45?") is doubt, not punctuation. */
const DOUBT = /\s*\?+\s*$/;

/** Turns what the clinician typed into a value of the fact, or says precisely why it cannot. */
export function parseAnswer(text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const entered = text.trim();
  if (entered === '') return invalid('Please type an answer, or “unknown” if it is not known.');
  if (entered.length > MAX_LENGTH) return invalid(`That answer is too long (over ${MAX_LENGTH} characters); please answer in a line or two.`);
  if (isUnknownAnswer(entered)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  if (DOUBT.test(entered)) {
    // Read without the "?", and recorded only once confirmed.
    const reading = parseAs(entered.replace(DOUBT, ''), fact, context);
    if (reading.kind !== 'value' && reading.kind !== 'follow-up') return reading;
    const pending = reading.kind === 'value' ? reading.value : reading.pending;
    return { kind: 'follow-up', pending, summary: reading.summary, followUp: { kind: 'confirm' } };
  }
  return parseAs(entered, fact, context);
}

function parseAs(entered: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  switch (fact.type) {
    case 'boolean':
      return parseBoolean(entered, fact);
    case 'choice':
      return parseChoice(entered, fact, context);
    case 'set':
      return parseSet(entered, fact, context);
    case 'number':
      return parseNumber(entered, fact, context.today);
    case 'date':
      return parseDate(entered, fact, context);
    case 'medication':
      return parseMedication(entered, fact, context);
  }
}
