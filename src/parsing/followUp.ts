import { z } from 'zod';
import type { FactDefinition } from '../domain/factDefinition';
import type { KnownFactValue } from '../domain/factValue';
import { RECORDED } from '../domain/reading';
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
  switch (followUp.kind) {
    case 'confirm':
    case 'none-at-all': {
      if (isUnknownAnswer(entered, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered } };
      const yes = readYesNo(entered, context.vocabulary.words);
      if (yes === true) return { kind: 'value', value: pending, reading: RECORDED };
      if (yes === false) return invalid({ code: followUp.kind === 'confirm' ? 'give-value' : 'name-them', fact: fact.id });
      return parseAnswer(entered, fact, context);
    }
  }
}
