import type { OutgoingMessage } from '../replies/render';
import { ADAPTIVE_CARD, type ActivityJson } from './activity';

/** The messages as the activities a channel receives: markdown text, and a card with its plain version as the summary. */
export function outgoingActivities(messages: readonly OutgoingMessage[]): ActivityJson[] {
  return messages.map((m) => ({
    type: 'message',
    ...(m.text !== undefined ? { text: m.text, textFormat: 'markdown' } : {}),
    // The plain version stands in for a card where cards are not shown; a text message is its own (and a results
    // list sent twice would pass Teams' 40 KB).
    ...(m.card ? { summary: m.summary, attachments: [{ contentType: ADAPTIVE_CARD, content: m.card }] } : {}),
  }));
}
