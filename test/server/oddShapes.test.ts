import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNSUPPORTED_INVOKE_REASON } from '../../src/http/messagesRoute';
import { emulatorMessage, expectRepliesMessage } from '../support/activities';
import { testAssistant } from '../support/assistant';
import { startBotServer, type BotServer } from '../support/botServer';
import { startConnectorStub, type ConnectorStub } from '../support/connectorStub';
import { DirectLineClient, webChatMessage } from '../support/directLineClient';
import { postJson, repliesOf, type JsonResponse } from '../support/http';
import { startWebChatServer } from '../support/webChatServer';
import { SDKS } from '../support/sdks';

/** Everything the replies say: texts and the texts on their cards. */
function said(replies: ReadonlyArray<Record<string, unknown>>): string {
  return JSON.stringify(replies.map((reply) => [reply.text, reply.attachments]));
}

/**
 * Activities that are valid by the Bot Framework schema yet used to fail the turn ("Sorry, something went wrong",
 * the typed answer dropped) or, posting to a serviceUrl, made replies unserialisable: each is refused naming
 * the field, or becomes an ordinary turn.
 */
describe.each(SDKS)('with %s', (sdk) => {
  describe('odd but schema-valid activities on /api/messages', () => {
    let bot: BotServer;
    let connector: ConnectorStub;

    beforeAll(async () => {
      bot = await startBotServer({ sdk, bot: testAssistant() });
      connector = await startConnectorStub();
    });

    afterAll(async () => {
      await bot.close();
      await connector.close();
    });

    /** Opens a conversation, then sends `activity` in it (expectReplies) and answers the response. */
    async function inConversation(overrides: Record<string, unknown>): Promise<JsonResponse> {
      const conversation = { id: `odd-${Math.random()}` };
      await postJson(bot.messagesUrl, expectRepliesMessage('hello', { conversation }));
      return postJson(bot.messagesUrl, expectRepliesMessage('', { conversation, ...overrides }));
    }

    it('reads a typed answer sent next to value: null', async () => {
      const response = await inConversation({ text: 'lupus', value: null });
      expect(response.status).toBe(200);
      expect(said(repliesOf(response))).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
    });

    it('reads the answer of a message whose mention entity names nobody', async () => {
      const response = await inConversation({ text: 'lupus', entities: [{ type: 'mention', text: '<at>Bot</at>' }, { mentioned: { id: 'x' } }] });
      expect(said(repliesOf(response))).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
    });

    it('drops bidirectional and invisible format characters before reading and echoing an answer', async () => {
      const conversation = { id: `bidi-${Math.random()}` };
      await postJson(bot.messagesUrl, expectRepliesMessage('hello', { conversation }));
      await postJson(bot.messagesUrl, expectRepliesMessage('lu\u200bpus', { conversation }));
      const age = repliesOf(await postJson(bot.messagesUrl, expectRepliesMessage('\u202e54\u202c', { conversation })));
      expect(said(age)).toMatch(/Noted: Age: 54 years/);
      const summary = said(repliesOf(await postJson(bot.messagesUrl, expectRepliesMessage('summary', { conversation }))));
      expect(summary).toMatch(/Age: 54 years/);
      expect(summary).not.toMatch(/[\u200b\u202a-\u202e\u2066-\u2069]|\\u202[a-e]/);
    });

    it('refuses a message without a recipient, naming the field', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('lupus', { recipient: undefined }));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'activity.recipient: expected the recipient (an object with an id)' });
    });

    it.each([
      ['an empty object', {}],
      ['a number', 7],
      ['nothing', undefined],
    ])('answers an invoke whose value is %s with the documented 501, running no turn', async (_name, value) => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('', { type: 'invoke', name: 'adaptiveCard/action', value, text: undefined }));
      expect(response.status).toBe(501);
      expect(response.body).toEqual({ error: UNSUPPORTED_INVOKE_REASON });
    });

    it.each([
      ['from.name a number', { from: { id: 'u', name: 5 } }, 'activity.from.name: expected a string'],
      ['recipient.role an object', { recipient: { id: 'b', role: {} } }, 'activity.recipient.role: expected a string'],
      ['conversation.isGroup a string', { conversation: { id: 'c', isGroup: 'yes' } }, 'activity.conversation.isGroup: expected true or false'],
      ['a locale Intl refuses', { locale: 'not a locale!' }, 'activity.locale: expected a language tag such as en-US'],
      ['a timestamp that is no date', { timestamp: 'yesterday-ish' }, 'activity.timestamp: expected an ISO 8601 date and time such as 2026-11-21T10:00:00Z'],
    ])('refuses an Emulator-style message with %s (its replies could not be serialised), naming the field', async (_name, overrides, reason) => {
      const response = await postJson(bot.messagesUrl, emulatorMessage('lupus', { serviceUrl: connector.url, ...overrides }));
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: reason });
    });

    it('delivers the replies of an Emulator-style message with null account fields (the control: they serialise)', async () => {
      const activity = emulatorMessage('hello', { serviceUrl: connector.url, from: { id: 'u', name: null }, conversation: { id: `null-fields-${Math.random()}`, isGroup: null } });
      const response = await postJson(bot.messagesUrl, activity);
      expect(response.status).toBe(200);
      const conversationId = (activity.conversation as { id: string }).id;
      expect(connector.received.filter((reply) => reply.conversationId === conversationId).length).toBeGreaterThan(0);
      expect(bot.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
    });
  });

  describe('odd activities posted into the intranet Web Chat channel', () => {
    it('read a typed answer next to value: null, and drop invisible format characters', async () => {
      const server = await startWebChatServer({ sdk, bot: testAssistant() });
      try {
        const client = new DirectLineClient(server.url);
        const session = await client.session();
        await client.start(session.token);
        expect((await client.post(session.token, session.conversationId, webChatMessage('lupus', { value: null }))).status).toBe(200);
        expect((await client.post(session.token, session.conversationId, webChatMessage('\u202e54\u202c'))).status).toBe(200);
        const activities = await client.activities(session.token, session.conversationId);
        const all = JSON.stringify(activities);
        expect(all).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
        expect(all).toMatch(/Noted: Age: 54 years/);
        // Not even the echo of what was typed keeps them.
        expect(all).not.toMatch(/\\u202[a-e]|[\u202a-\u202e]/);
      } finally {
        await server.close();
      }
    });
  });
});
