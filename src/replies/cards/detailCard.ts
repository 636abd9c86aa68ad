import type { Answers } from '../../domain/factValue';
import { itemField } from '../../screening/cardFields';
import type { AskedItem } from '../../screening/state';
import type { DetailQuestion } from '../texts/en/details';
import type { Voice } from '../voice';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

/**
 * Details of answers given, as a card: for one, its question, a field, its own buttons ("Same dose since it was
 * started") and "Not known"; for several, a field each under its question. Buttons carry the question's number,
 * first fact and the detail's kind, so an old card is recognised as stale (and a test tells it from a fact's).
 */
export function detailCard(seq: number, items: readonly AskedItem[], answers: Answers, voice: Voice): AdaptiveCard {
  const { buttonLabels } = voice.t.prompts;
  const { detailNotKnown, detailsHeading } = voice.t.details;
  const [first] = items;
  const data = { askSeq: seq, fact: first!.fact, detail: first!.detail!.kind };
  const questions = items.map((item) => question(item, answers, voice));
  if (items.length === 1) {
    const [q] = questions;
    return adaptiveCard(
      [text(q!.question, { weight: 'Bolder' }), { type: 'Input.Text', id: itemField(first!), label: buttonLabels.typedFollowUp }, text(q!.hint, { isSubtle: true, size: 'Small' })],
      [...q!.buttons.map((b) => submit(b.title, { ...data, answer: b.answer })), submit(buttonLabels.submit, data), submit(detailNotKnown.title, { ...data, answer: detailNotKnown.answer })],
    );
  }
  const body: CardElement[] = [text(detailsHeading, { weight: 'Bolder' }), ...items.map((item) => detailField(item, answers, voice))];
  return adaptiveCard(body, [submit(buttonLabels.submit, data), submit(detailNotKnown.title, { ...data, answer: detailNotKnown.answer })]);
}

/** A field for one detail of an answer, under its question, the hint in it (the confirmation card of a summary asks details alike). */
export function detailField(item: AskedItem, answers: Answers, voice: Voice): CardElement {
  const q = question(item, answers, voice);
  return { type: 'Input.Text', id: itemField(item), label: q.question, placeholder: q.hint };
}

/** A detail question in plain text, for notifications and clients that show no cards. */
export function detailPlainText(items: readonly AskedItem[], answers: Answers, voice: Voice): string {
  const lines = items.map((item) => {
    const q = question(item, answers, voice);
    return `${items.length > 1 ? '• ' : ''}${q.question} (${q.hint})`;
  });
  return (items.length > 1 ? [voice.t.details.detailsHeading, ...lines] : lines).join('\n');
}

/** The question for an item's detail, worded for the answer it completes. */
function question(item: AskedItem, answers: Answers, { t, w }: Voice): DetailQuestion {
  return t.details.detailQuestion(w, { fact: item.fact, detail: item.detail! }, w.facts.get(item.fact)!, answers[item.fact]);
}
