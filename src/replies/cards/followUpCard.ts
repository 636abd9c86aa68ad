import type { FactDefinition } from '../../domain/factDefinition';
import type { KnownFactValue } from '../../domain/factValue';
import type { Reading } from '../../domain/reading';
import type { FollowUp } from '../../parsing/followUp';
import { answerField } from '../../screening/cardFields';
import type { Voice } from '../voice';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

export interface AskedFollowUp {
  fact: FactDefinition;
  pending: KnownFactValue;
  reading: Reading;
  followUp: FollowUp;
}

/**
 * The one more detail an answer needs, as a card: the follow-up question, its buttons, and a field for a typed
 * answer; for several answers, one field each, and buttons that answer them all alike. Buttons carry the
 * question's number, first fact and the follow-up's kind (so a client, or a test, tells it from the fact's own question).
 */
export function followUpCard(seq: number, asked: readonly AskedFollowUp[], { t, w }: Voice): AdaptiveCard {
  const { buttonLabels, followUpsHeading } = t.prompts;
  const [first] = asked;
  const data = { askSeq: seq, fact: first!.fact.id, followUp: first!.followUp.kind };
  const questions = asked.map((a) => t.followUps.followUpQuestion(w, a.followUp, a.pending, a.fact));
  const body: CardElement[] =
    asked.length === 1
      ? [text(questions[0]!.question, { weight: 'Bolder' }), { type: 'Input.Text', id: answerField(first!.fact.id), label: buttonLabels.typedFollowUp }, text(questions[0]!.hint, { isSubtle: true, size: 'Small' })]
      : [
          text(followUpsHeading, { weight: 'Bolder' }),
          ...asked.flatMap((a, i): CardElement[] => [
            text(t.readings.reading(w, a.fact, a.pending, a.reading), { size: 'Small', isSubtle: true, separator: true }),
            { type: 'Input.Text', id: answerField(a.fact.id), label: questions[i]!.question, placeholder: questions[i]!.hint },
          ]),
        ];
  // A button answers every question alike, so only the buttons all of them offer.
  const shared = questions[0]!.buttons.filter((b) => questions.every((q) => q.buttons.some((o) => o.title === b.title && o.answer === b.answer)));
  return adaptiveCard(body, [...shared.map((b) => submit(b.title, { ...data, answer: b.answer })), submit(buttonLabels.submit, data)]);
}
