import { describeDuration } from '../../dates/calendar';
import type { FactDefinition } from '../../domain/factDefinition';
import type { KnownFactValue } from '../../domain/factValue';
import { choicesOf, type Vocabulary } from '../../engine/compileContext';
import { summaryOf, type FollowUp } from '../../parsing/followUp';
import { listOf } from '../../parsing/outcome';

export interface FollowUpQuestion {
  question: string;
  hint: string;
  /** `answer` is the text completeFollowUp receives when the button is pressed. */
  buttons: { title: string; answer: string }[];
}

/** The card for a follow-up: its question, the hint beside it, and its buttons. */
export function followUpQuestion(followUp: FollowUp, pending: KnownFactValue, fact: FactDefinition, vocabulary: Vocabulary): FollowUpQuestion {
  const unknown = { title: 'Unknown', answer: 'unknown' };
  switch (followUp.kind) {
    case 'confirm':
      return {
        question: `Record ${summaryOf(pending, fact, vocabulary)}?`,
        hint: 'The answer ended with “?”: confirm it, give the value you are sure of, or “unknown”.',
        buttons: [{ title: 'Yes, record it', answer: 'yes' }, unknown],
      };
    case 'none-at-all': {
      const none =
        fact.type === 'medication'
          ? `No ${fact.label.toLowerCase()} at all in the last ${describeDuration(fact.lookback)}?`
          : fact.type === 'set'
            ? `None of these: ${listOf(choicesOf(vocabulary, fact).map((c) => c.label.toLowerCase()), 'and')}?`
            : `${fact.label}: none?`;
      return { question: none, hint: 'Or name the ones that apply.', buttons: [{ title: 'Yes, none', answer: 'yes' }, unknown] };
    }
  }
}
