import { fixField, keepField } from '../../screening/cardFields';
import type { PendingReading } from '../../screening/state';
import type { Voice } from '../voice';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

/**
 * The facts read from a pasted summary, for confirmation: one toggle each, ticked, saying the fact as understood,
 * the words it came from and what was guessed; a field to correct it appears only when "Correct a fact" is pressed.
 * What was unclear is said; below, the first questions still open (`questions`, their fields), so that one
 * "Record these" records and answers. Buttons carry the reading's number, so the card of an earlier reading is
 * recognised as stale.
 */
export function readingCard(reading: PendingReading, said: ReadingSaid, questions: readonly CardElement[], { t }: Voice): AdaptiveCard {
  const { readingIntroText, readingLabels } = t.reading;
  const { labels } = said;
  const body: CardElement[] = [text(readingIntroText(reading.facts.length), { weight: 'Bolder' })];
  for (const [i, read] of reading.facts.entries()) {
    body.push(
      { type: 'Input.Toggle', id: keepField(read.fact), title: said.lines[i]!, value: 'true', valueOn: 'true', valueOff: 'false', wrap: true, spacing: 'Small' },
      { type: 'Input.Text', id: fixField(read.fact), label: readingLabels.correction(labels.get(read.fact) ?? read.fact), isVisible: false, spacing: 'Small' },
    );
  }
  if (reading.unclear.length > 0) {
    body.push(text(readingLabels.willAsk, { weight: 'Bolder', spacing: 'Medium' }), ...said.unclear.map((u) => text(u, { size: 'Small', spacing: 'Small' })));
  }
  if (questions.length > 0) body.push(text(readingLabels.stillOpen, { weight: 'Bolder', spacing: 'Medium', separator: true }), ...questions);
  return adaptiveCard(body, [
    submit(readingLabels.record, { askSeq: reading.seq, confirm: 'record' }),
    { type: 'Action.ToggleVisibility', title: readingLabels.correct, targetElements: reading.facts.map((read) => fixField(read.fact)) },
    submit(readingLabels.discard, { askSeq: reading.seq, confirm: 'discard' }),
  ]);
}

/** What the card says of a reading, in the conversation's language: each fact's line, each unclear fact's, and fact labels. */
export interface ReadingSaid {
  lines: readonly string[];
  unclear: readonly string[];
  labels: ReadonlyMap<string, string>;
}
