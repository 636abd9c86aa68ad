import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bot, Turn } from '../../src/botframework/seam';
import { en } from '../../src/replies/texts/en';
import { emulatorMessage, expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { startConnectorStub, type ConnectorStub } from '../support/connectorStub';
import { textMessage } from '../support/echoBot';
import { postJson, repliesOf } from '../support/http';
import { SDKS } from '../support/sdks';

/** What a failed turn says to an English-speaking user. */
const TURN_ERROR_MESSAGE = en.conversation.turnErrorText;

const PATIENT_ANSWER = 'HbA1c 7.9% on 2024-03-01';

/**
 * "remember <x>" saves x in conversation state and then fails; "recall" replies with what was saved;
 * "throw a string" throws the text itself rather than an Error.
 */
class FailingBot implements Bot {
  /** What was saved, by conversation. */
  private readonly answers = new Map<string, string>();

  async run(turn: Turn): Promise<void> {
    const { text } = turn;
    const conversation = turn.activity.conversation?.id ?? '';
    if (text.startsWith('remember ')) {
      this.answers.set(conversation, text.slice('remember '.length));
      // A library's message may quote the input it choked on: the log must not repeat it.
      throw new Error(`engine exploded on "${text}"`);
    }
    if (text.startsWith('throw a string')) throw text;
    await turn.send([textMessage(`recalled: ${this.answers.get(conversation) ?? 'nothing'}`)]);
  }
}

describe.each(SDKS)('with %s', (sdk) => {
  describe('onTurnError', () => {
    let bot: BotServer;

    beforeAll(async () => {
      bot = await startBotServer({ sdk, bot: new FailingBot() });
    });

    afterAll(async () => {
      await bot.close();
    });

    it('apologizes, logs without the user text, and keeps the conversation state', async () => {
      const failing = expectRepliesMessage(`remember ${PATIENT_ANSWER}`);
      const conversation = failing.conversation as { id: string };
      const failed = await postJson(bot.messagesUrl, failing);

      expect(failed.status).toBe(200);
      const replies = repliesOf(failed);
      expect(replies.filter((reply) => reply.type === 'message').map((reply) => reply.text)).toEqual([TURN_ERROR_MESSAGE]);
      // The Emulator also gets the error as a trace activity.
      expect(replies.find((reply) => reply.type === 'trace')).toMatchObject({
        label: 'TurnError',
        value: `Error: engine exploded on "remember ${PATIENT_ANSWER}"`,
      });

      const turnFailed = bot.logger.entries.find((entry) => entry.message === 'turn failed');
      expect(turnFailed).toEqual({
        level: 'error',
        message: 'turn failed',
        fields: {
          errorName: 'Error',
          thrownAt: expect.stringMatching(/turnError\.test\.ts:\d+/),
          ingress: 'bot-framework',
          activityType: 'message',
        },
      });
      // No patient value, and no id a reader of the log could name the conversation with.
      const logged = JSON.stringify(bot.logger.entries);
      expect(logged).not.toContain('7.9');
      expect(logged).not.toContain(conversation.id);

      // Same conversation, next turn: the answer saved before the failure is still there.
      const recalled = await postJson(bot.messagesUrl, expectRepliesMessage('recall', { conversation }));
      expect(repliesOf(recalled).map((reply) => reply.text)).toEqual([`recalled: ${PATIENT_ANSWER}`]);
    });

    it('sends the error trace to the Emulator only', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('remember x', { channelId: 'webchat' }));
      const replies = repliesOf(response);
      expect(replies.map((reply) => reply.type)).toEqual(['message']);
      expect(replies[0]?.text).toBe(TURN_ERROR_MESSAGE);
    });

    it('does not log a thrown non-Error value, which may be the answer itself', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage(`throw a string ${PATIENT_ANSWER}`));
      expect(repliesOf(response).some((reply) => reply.text === TURN_ERROR_MESSAGE)).toBe(true);
      expect(bot.logger.entries.some((entry) => entry.fields.errorName === 'NonErrorThrown')).toBe(true);
      expect(JSON.stringify(bot.logger.entries)).not.toContain('7.9');
    });
  });

  describe('onTurnError when the connector refuses the apology too', () => {
    let bot: BotServer;
    let connector: ConnectorStub;

    beforeAll(async () => {
      bot = await startBotServer({ sdk });
      // 400 is not retried by the SDK, so the failure is immediate.
      connector = await startConnectorStub(400);
    });

    afterAll(async () => {
      await bot.close();
      await connector.close();
    });

    it('logs the failure by name and answers the channel without a 500', async () => {
      const response = await postJson(bot.messagesUrl, emulatorMessage(PATIENT_ANSWER, { serviceUrl: connector.url }));

      expect(response.status).toBe(200);
      // The echo, then the apology, were both attempted.
      expect(connector.received.map((call) => call.body.text)).toEqual([`echo: ${PATIENT_ANSWER}`, TURN_ERROR_MESSAGE]);
      // Besides the access line of the request.
      const entries = bot.logger.entries.filter((entry) => entry.message !== 'request');
      expect(entries.map((entry) => entry.message)).toEqual(['turn failed', 'could not report a failed turn to the user']);
      // Each SDK's connector client names its HTTP failures its own way.
    expect(entries[1]?.fields.errorName).toBe({ botbuilder: 'RestError', agents: 'HttpError' }[sdk]);
      expect(JSON.stringify(bot.logger.entries)).not.toContain('7.9');
    });
  });
});
