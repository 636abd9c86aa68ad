import { fixField, keepField } from '../../screening/cardFields';
import type { PendingReading } from '../../screening/state';
import { readingIntroText, readingLabels } from '../texts/readingTexts';
import { adaptiveCard, submit, text, type AdaptiveCard, type CardElement } from './adaptiveCard';

/**
 * The facts read from a pasted summary, for confirmation: each as understood, ticked, with the words it came from
 * and a field for a correction; what was unclear, to be asked; "Record these" and "Discard all". Buttons carry the
 * reading's number, so the card of an earlier reading is recognised as stale.
 */
export function readingCard(reading: PendingReading): AdaptiveCard {
  const body: CardElement[] = [text(readingIntroText(reading.facts.length), { weight: 'Bolder' })];
  for (const read of reading.facts) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        { type: 'Input.Toggle', id: keepField(read.fact), title: read.summary, value: 'true', valueOn: 'true', valueOff: 'false', wrap: true },
        text(`“${read.source}”`, { isSubtle: true, size: 'Small' }),
        { type: 'Input.Text', id: fixField(read.fact), placeholder: readingLabels.correction },
      ],
    });
  }
  if (reading.unclear.length > 0) {
    body.push(text(readingLabels.willAsk, { weight: 'Bolder', separator: true }), ...reading.unclear.map((u) => text(u.message, { size: 'Small' })));
  }
  return adaptiveCard(body, [submit(readingLabels.record, { askSeq: reading.seq, confirm: 'record' }), submit(readingLabels.discard, { askSeq: reading.seq, confirm: 'discard' })]);
}
