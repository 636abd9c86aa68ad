import path from 'node:path';
import type { Bot } from '../../src/botframework/seam';

/** A chat client in a page: where to type, what holds the transcript, and the bot's text messages. */
export interface ChatClient {
  name: 'webchat' | 'teams';
  /** The send box. */
  input: string;
  transcript: string;
  /** A bot's text message (not its card). */
  textMessage: string;
}

/** The intranet Web Chat page, and Microsoft's Teams-like Agents Playground in the msteams channel. */
export const chatClients: Record<ChatClient['name'], ChatClient> = {
  webchat: { name: 'webchat', input: '[data-id="webchat-sendbox-input"]', transcript: '.webchat__basic-transcript', textMessage: '.webchat__bubble' },
  teams: { name: 'teams', input: '[data-lexical-editor="true"]', transcript: 'body', textMessage: '.fai-OutputCard' },
};

/** Where browser tests save their screenshots. */
export const ARTIFACTS = path.resolve(__dirname, '../../test-results');

/** Adaptive Cards as the official renderer marks them, in both clients. */
export const CARDS = '.ac-adaptiveCard';

/** A card the bot sent, as JSON, newest last. */
export type SentCard = Record<string, unknown> & { body?: unknown[]; actions?: unknown[] };

/**
 * The bot, with every card it sends kept (newest last): a browser test fills a rendered card's fields from what
 * the card asks, not from its rendered text.
 */
export function recordingCards(bot: Bot): { bot: Bot; cards: SentCard[] } {
  const cards: SentCard[] = [];
  return {
    cards,
    bot: {
      run: (turn) =>
        bot.run({
          activity: turn.activity,
          ingress: turn.ingress,
          text: turn.text,
          send: async (messages) => {
            for (const message of messages) if (message.card) cards.push(message.card as unknown as SentCard);
            await turn.send(messages);
          },
        }),
    },
  };
}
