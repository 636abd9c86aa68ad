import { fixField, keepField } from '../../screening/cardFields';
import type { PendingReading } from '../../screening/state';
import { readFactLine, readingIntroText, readingLabels } from '../texts/readingTexts';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

/**
 * The facts read from a pasted summary, for confirmation: one toggle each, ticked, saying the fact as understood,
 * the words it came from and what was guessed; a field to correct it appears only when "Correct a fact" is pressed.
 * What was unclear is said; below, the first questions still open (`questions`, their fields), so that one
 * "Record these" records and answers. Buttons carry the reading's number, so the card of an earlier reading is
 * recognised as stale.
 */
export function readingCard(reading: PendingReading, labels: ReadonlyMap<string, string>, questions: readonly CardElement[]): AdaptiveCard {
  const body: CardElement[] = [text(readingIntroText(reading.facts.length), { weight: 'Bolder' })];
  for (const read of reading.facts) {
    body.push(
      { type: 'Input.Toggle', id: keepField(read.fact), title: readFactLine(read.summary, read.source, read.guesses), value: 'true', valueOn: 'true', valueOff: 'false', wrap: true, spacing: 'Small' },
      { type: 'Input.Text', id: fixField(read.fact), label: readingLabels.correction(labels.get(read.fact) ?? read.fact), isVisible: false, spacing: 'Small' },
    );
  }
  if (reading.unclear.length > 0) {
    body.push(text(readingLabels.willAsk, { weight: 'Bolder', spacing: 'Medium' }), ...reading.unclear.map((u) => text(u.message, { size: 'Small', spacing: 'Small' })));
  }
  if (questions.length > 0) body.push(text(readingLabels.stillOpen, { weight: 'Bolder', spacing: 'Medium', separator: true }), ...questions);
  return adaptiveCard(body, [
    submit(readingLabels.record, { askSeq: reading.seq, confirm: 'record' }),
    { type: 'Action.ToggleVisibility', title: readingLabels.correct, targetElements: reading.facts.map((read) => fixField(read.fact)) },
    submit(readingLabels.discard, { askSeq: reading.seq, confirm: 'discard' }),
  ]);
}
