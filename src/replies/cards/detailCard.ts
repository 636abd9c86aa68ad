import type { Catalog } from '../../catalog/loadCatalog';
import type { Answers } from '../../domain/factValue';
import { itemField } from '../../screening/cardFields';
import type { AskedItem } from '../../screening/state';
import { detailNotKnown, detailQuestion, detailsHeading } from '../texts/detailTexts';
import { buttonLabels } from '../texts/promptTexts';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

/**
 * Details of answers given, as a card: for one, its question, a field, its own buttons ("Same dose since it was
 * started") and "Not known"; for several, a field each under its question. Buttons carry the question's number,
 * first fact and the detail's kind, so an old card is recognised as stale (and a test tells it from a fact's).
 */
export function detailCard(seq: number, items: readonly AskedItem[], answers: Answers, catalog: Catalog): AdaptiveCard {
  const [first] = items;
  const data = { askSeq: seq, fact: first!.fact, detail: first!.detail!.kind };
  const questions = items.map((item) => detailQuestion({ fact: item.fact, detail: item.detail! }, catalog.facts.get(item.fact)!, answers[item.fact], catalog));
  if (items.length === 1) {
    const [q] = questions;
    return adaptiveCard(
      [text(q!.question, { weight: 'Bolder' }), { type: 'Input.Text', id: itemField(first!), label: buttonLabels.typedFollowUp }, text(q!.hint, { isSubtle: true, size: 'Small' })],
      [...q!.buttons.map((b) => submit(b.title, { ...data, answer: b.answer })), submit(buttonLabels.submit, data), submit(detailNotKnown.title, { ...data, answer: detailNotKnown.answer })],
    );
  }
  const body: CardElement[] = [text(detailsHeading, { weight: 'Bolder' }), ...items.map((item) => detailField(item, answers, catalog))];
  return adaptiveCard(body, [submit(buttonLabels.submit, data), submit(detailNotKnown.title, { ...data, answer: detailNotKnown.answer })]);
}

/** A field for one detail of an answer, under its question, the hint in it (the confirmation card of a summary asks details alike). */
export function detailField(item: AskedItem, answers: Answers, catalog: Catalog): CardElement {
  const q = detailQuestion({ fact: item.fact, detail: item.detail! }, catalog.facts.get(item.fact)!, answers[item.fact], catalog);
  return { type: 'Input.Text', id: itemField(item), label: q.question, placeholder: q.hint };
}

/** A detail question in plain text, for notifications and clients that show no cards. */
export function detailPlainText(items: readonly AskedItem[], answers: Answers, catalog: Catalog): string {
  const lines = items.map((item) => {
    const q = detailQuestion({ fact: item.fact, detail: item.detail! }, catalog.facts.get(item.fact)!, answers[item.fact], catalog);
    return `${items.length > 1 ? '• ' : ''}${q.question} (${q.hint})`;
  });
  return (items.length > 1 ? [detailsHeading, ...lines] : lines).join('\n');
}
