import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition } from '../../../domain/factDefinition';
import type { KnownFactValue } from '../../../domain/factValue';
import { RECORDED } from '../../../domain/reading';
import type { FollowUp } from '../../../parsing/followUp';
import { optionLabels } from '../lookup';
import { duration, list } from './format';
import { reading } from './readings';

export interface FollowUpQuestion {
  question: string;
  hint: string;
  /** `answer` is the text completeFollowUp receives when the button is pressed. */
  buttons: { title: string; answer: string }[];
}

/** The card for a follow-up: its question, the hint beside it, and its buttons. */
export function followUpQuestion(w: CatalogWords, followUp: FollowUp, pending: KnownFactValue, fact: FactDefinition): FollowUpQuestion {
  const unknown = { title: 'Unknown', answer: 'unknown' };
  switch (followUp.kind) {
    case 'confirm':
      return {
        question: `Record ${reading(w, fact, pending, RECORDED)}?`,
        hint: 'The answer ended with “?”: confirm it, give the value you are sure of, or “unknown”.',
        buttons: [{ title: 'Yes, record it', answer: 'yes' }, unknown],
      };
    case 'none-at-all': {
      const none =
        fact.type === 'medication'
          ? `No ${fact.label.toLowerCase()} at all in the last ${duration(fact.lookback)}?`
          : fact.type === 'set'
            ? `None of these: ${list(optionLabels(w, fact).map((label) => label.toLowerCase()), 'and')}?`
            : `${fact.label}: none?`;
      return { question: none, hint: 'Or name the ones that apply.', buttons: [{ title: 'Yes, none', answer: 'yes' }, unknown] };
    }
  }
}
