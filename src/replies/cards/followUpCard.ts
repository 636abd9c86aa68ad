import type { FactDefinition } from '../../domain/factDefinition';
import type { KnownFactValue } from '../../domain/factValue';
import type { Vocabulary } from '../../engine/compileContext';
import { followUpQuestion, type FollowUp } from '../../parsing/followUp';
import { buttonLabels } from '../texts/promptTexts';
import { adaptiveCard, submit, text, type AdaptiveCard } from './adaptiveCard';

/**
 * The one more detail an answer needs, as a card: the follow-up question, its buttons, and a field for a typed
 * answer. Buttons carry the question's number and fact, like every question's.
 */
export function followUpCard(seq: number, fact: FactDefinition, pending: KnownFactValue, followUp: FollowUp, vocabulary: Vocabulary): AdaptiveCard {
  const asked = followUpQuestion(followUp, pending, fact, vocabulary);
  const data = (answer: string) => ({ askSeq: seq, fact: fact.id, answer });
  return adaptiveCard(
    [
      text(asked.question, { weight: 'Bolder' }),
      { type: 'Input.Text', id: 'answer', label: buttonLabels.typedFollowUp },
      text(asked.hint, { isSubtle: true, size: 'Small' }),
    ],
    [...asked.buttons.map((b) => submit(b.title, data(b.answer))), submit(buttonLabels.submit, { askSeq: seq, fact: fact.id })],
  );
}
