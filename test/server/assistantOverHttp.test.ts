import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAssistant } from '../support/assistant';
import { emulatorMessage, expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { EVALUATION_DAY } from '../support/catalog';
import { startConnectorStub, type ConnectorStub } from '../support/connectorStub';
import { postJson, repliesOf } from '../support/http';
import { shownText } from '../support/shownText';
import { SDKS } from '../support/sdks';

/** The real assistant behind the real server: the Emulator's way and expectReplies. */
describe.each(SDKS)('with %s', (sdk) => {
  let server: BotServer;
  let connector: ConnectorStub;
  beforeAll(async () => {
    server = await startBotServer({ sdk, bot: testAssistant() });
    connector = await startConnectorStub();
  });
  afterAll(async () => {
    await server.close();
    await connector.close();
  });

  describe('the screening over HTTP', () => {
    it('answers in the HTTP body with expectReplies, keeping state between turns of one conversation', async () => {
      const conversation = { id: 'http-expect-replies' };
      const first = repliesOf(await postJson(server.messagesUrl, expectRepliesMessage('hello', { conversation })));
      expect(shownText(first)).toMatch(/What is the patient's main diagnosis\?/);
      const second = repliesOf(await postJson(server.messagesUrl, expectRepliesMessage('lupus', { conversation })));
      expect(shownText(second)).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus[\s\S]*How old is the patient/);
    });

    it('when a turn fails, apologises, logs no patient data, and keeps the answers given before', async () => {
      let failing = false;
      const clock = () => {
        if (failing) throw new Error('clock unavailable');
        return EVALUATION_DAY;
      };
      const fragile = await startBotServer({ sdk, bot: testAssistant({ clock }) });
      try {
        const conversation = { id: 'http-turn-error' };
        const say = async (text: string) =>
          repliesOf(await postJson(fragile.messagesUrl, expectRepliesMessage(text, { conversation }))).map((a) => String(a.text ?? '')).join('\n');
        await say('hello');
        expect(await say('lupus')).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
        failing = true;
        expect(await say('34')).toMatch(/something went wrong on my side\. Your answers so far are kept/);
        failing = false;
        expect(await say('summary')).toMatch(/Main diagnosis: Systemic lupus erythematosus/);
        expect(await say('34')).toMatch(/Noted: Age: 34 years/);
        // Where an error was thrown names a line of code, which may be any number: left out of the search.
        const logged = JSON.stringify(fragile.logger.entries.map(({ fields: { thrownAt: _place, ...fields }, ...entry }) => ({ ...entry, fields })));
        expect(logged).toMatch(/turn failed/);
        expect(logged).not.toMatch(/lupus|34/);
      } finally {
        await fragile.close();
      }
    });

    it('posts replies to the connector at serviceUrl, as the Emulator expects', async () => {
      const conversation = { id: 'http-emulator' };
      const response = await postJson(server.messagesUrl, emulatorMessage('hello', { conversation, serviceUrl: connector.url }));
      expect(response.status).toBeLessThan(300);
      const texts = connector.received.filter((r) => r.conversationId === 'http-emulator').map((r) => String(r.body.text ?? ''));
      expect(texts.join('\n')).toMatch(/Hello — I help you check/);
      const cards = connector.received.flatMap((r) => (r.body.attachments as { contentType: string }[] | undefined) ?? []);
      expect(cards.map((c) => c.contentType)).toContain('application/vnd.microsoft.card.adaptive');
    });
  });
});
