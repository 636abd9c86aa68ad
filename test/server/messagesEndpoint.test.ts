import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorMessage, expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { startConnectorStub, type ConnectorStub } from '../support/connectorStub';
import { postJson, repliesOf } from '../support/http';
import { SDKS } from '../support/sdks';

describe.each(SDKS)('with %s', (sdk) => {
  describe('POST /api/messages, the Emulator way (no authentication)', () => {
    let bot: BotServer;
    let connector: ConnectorStub;

    beforeAll(async () => {
      bot = await startBotServer({ sdk });
      connector = await startConnectorStub();
    });

    afterAll(async () => {
      await bot.close();
      await connector.close();
    });

    it('sends the reply to the serviceUrl connector, as a reply to the incoming activity', async () => {
      const activity = emulatorMessage('hello there', { serviceUrl: connector.url });
      const response = await postJson(bot.messagesUrl, activity);

      expect(response.status).toBe(200);
      const conversationId = (activity.conversation as { id: string }).id;
      const replies = connector.received.filter((reply) => reply.conversationId === conversationId);
      expect(replies).toHaveLength(1);
      expect(replies[0]).toMatchObject({
        replyToId: activity.id,
        body: {
          type: 'message',
          text: 'echo: hello there',
          conversation: { id: conversationId },
          // The reply goes from the bot to the user.
          from: { id: 'bot-1' },
          recipient: { id: 'clinician-1' },
        },
      });
    });

    it('returns the replies in the response body with deliveryMode expectReplies', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('in the body please'));

      expect(response.status).toBe(200);
      const replies = repliesOf(response);
      expect(replies.map((reply) => [reply.type, reply.text])).toEqual([['message', 'echo: in the body please']]);
    });

    it('answers GET /healthz', async () => {
      const response = await fetch(`${bot.url}/healthz`);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true });
    });
  });
});
