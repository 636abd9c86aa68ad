import { z } from 'zod';
import type { FactDefinition } from '../domain/factDefinition';
import type { KnownFactValue } from '../domain/factValue';
import type { Vocabulary } from '../engine/compileContext';
import { describeValue } from '../engine/describeValue';
import { invalid, type ParseContext, type ParseOutcome } from './outcome';
import { parseAnswer } from './parseAnswer';
import { isUnknownAnswer, readYesNo } from './wholeAnswers';

/** What an answer still needs before it is recorded; kept in conversation state between turns (JSON). */
export const FollowUp = z.discriminatedUnion('kind', [
  /** A reading typed with a trailing "?" ("45?"): recorded only once confirmed. */
  z.object({ kind: z.literal('confirm') }),
  /** A negation naming one item ("no prednisone", "no pregnancy"): recorded as none only once that is confirmed. */
  z.object({ kind: z.literal('none-at-all') }),
]);
export type FollowUp = z.infer<typeof FollowUp>;

/**
 * Reads the answer to a follow-up question. Whatever is not an answer to the follow-up itself is read as a
 * fresh answer to the fact's question (the clinician may retype the whole answer). "Unknown" never turns into
 * an assumption: an uncertain reading becomes unknown.
 */
export function completeFollowUp(followUp: FollowUp, pending: KnownFactValue, text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const entered = text.trim();
  const asked = summaryOf(pending, fact, context.vocabulary);
  switch (followUp.kind) {
    case 'confirm':
    case 'none-at-all': {
      if (isUnknownAnswer(entered, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
      const yes = readYesNo(entered, context.vocabulary.words);
      if (yes === true) return { kind: 'value', value: pending, summary: asked };
      if (yes === false) return invalid(followUp.kind === 'confirm' ? `Then please give ${fact.label} as you know it, or “unknown”.` : `Then please name them (${fact.label}).`);
      return parseAnswer(entered, fact, context);
    }
  }
}

/** "Platelet count: 45 ×10^9/L": a reading as the follow-up and its answers show it. */
export function summaryOf(value: KnownFactValue, fact: FactDefinition, vocabulary: Vocabulary): string {
  return `${fact.label}: ${describeValue(vocabulary, fact, value) ?? value.entered}`;
}
