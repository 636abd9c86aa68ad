import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config';
import { expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { EchoBot } from '../support/echoBot';
import { postJson, repliesOf } from '../support/http';
import { channelToken, otherRsaKey, startOpenIdStub, type OpenIdStub } from '../support/openIdStub';
import { SDKS, type BotSdk } from '../support/sdks';

const appId = randomUUID();

/** Counts turns, so a test can tell the bot never ran for a rejected request. */
class CountingEchoBot extends EchoBot {
  turns = 0;
  override async run(...args: Parameters<EchoBot['run']>): Promise<void> {
    this.turns += 1;
    await super.run(...args);
  }
}

const configFor = (sdk: BotSdk) => loadConfig({ BOT_SDK: sdk, MicrosoftAppId: appId, MicrosoftAppPassword: `pw-${randomUUID()}` });

const UNAUTHORIZED = { error: 'unauthorized: expected a Bot Framework token issued for this bot in the Authorization header' };

/** What the server logged besides access lines. */
const refusalLines = (bot: BotServer) => bot.logger.entries.filter((entry) => entry.message !== 'request');

describe.each(SDKS)('with %s', (sdk) => {
  const config = configFor(sdk);

  describe('POST /api/messages with MicrosoftAppId configured', () => {
    let keys: OpenIdStub;
    let bot: BotServer;
    const echo = new CountingEchoBot();

    beforeAll(async () => {
      keys = await startOpenIdStub(['emulator']);
      bot = await startBotServer({ config, bot: echo, keyServer: keys.url });
    });

    afterAll(async () => {
      await bot.close();
      await keys.close();
    });

    beforeEach(() => {
      echo.turns = 0;
      bot.logger.entries.length = 0;
      // The SDK itself console.errors a refused token (index.ts makes that a debug line); keep the output readable.
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
    });

    afterEach(() => {
      vi.restoreAllMocks();
    });

    it('answers 401 to a request without an Authorization header, and logs one line', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'));
      expect(response.status).toBe(401);
      expect(response.body).toEqual(UNAUTHORIZED);
      expect(echo.turns).toBe(0);
      expect(refusalLines(bot)).toEqual([
        { level: 'warn', message: 'refused a request that could not be authenticated', fields: expect.objectContaining({ status: 401, errorName: expect.any(String) }) },
      ]);
    });

    it('answers 401 to a garbage bearer token', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), { authorization: 'Bearer garbage.not-a.jwt' });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(UNAUTHORIZED);
      expect(echo.turns).toBe(0);
    });

    it('answers 401, not 500, to a well-formed token with a forged signature, with none of the SDK’s text', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), {
        authorization: `Bearer ${channelToken(sdk, keys, appId, {}, otherRsaKey())}`,
      });
      expect(response.status).toBe(401);
      expect(response.body).toEqual(UNAUTHORIZED);
      // It got as far as checking the signature against the published key.
      expect(keys.keyFetches()).toBeGreaterThan(0);
      expect(echo.turns).toBe(0);
      expect(refusalLines(bot)).toHaveLength(1);
      expect(JSON.stringify(refusalLines(bot))).not.toMatch(/invalid signature|BEGIN|-----/);
    });

    it('answers 401 to a correctly signed token for another bot', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), {
        authorization: `Bearer ${channelToken(sdk, keys, randomUUID())}`,
      });
      expect(response.status).toBe(401);
      expect(echo.turns).toBe(0);
    });

    it('runs the turn for a correctly signed token (the control for the cases above)', async () => {
      const response = await postJson(bot.messagesUrl, expectRepliesMessage('signed'), {
        authorization: `Bearer ${channelToken(sdk, keys, appId)}`,
      });
      expect(response.status).toBe(200);
      expect(repliesOf(response).map((reply) => reply.text)).toEqual(['echo: signed']);
      expect(echo.turns).toBe(1);
    });
  });

  describe('POST /api/messages when the Bot Framework signing keys cannot be fetched', () => {
    let keys: OpenIdStub;
    let bot: BotServer;

    beforeAll(async () => {
      // A key server that is gone: tokens signed with its key cannot be checked by anyone.
      keys = await startOpenIdStub(['emulator']);
      await keys.close();
      bot = await startBotServer({ config, keyServer: keys.url });
    });

    afterAll(async () => {
      await bot.close();
    });

    it('answers 503 with Retry-After and no internal text, and logs one line', async () => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), { authorization: `Bearer ${channelToken(sdk, keys, appId)}` });
        expect(response.status).toBe(503);
        expect(response.body).toEqual({ error: expect.stringMatching(/^the token could not be checked now .*: expected a retry later$/) });
        expect(response.text).not.toMatch(/ECONNREFUSED|fetch|openID|127\.0\.0\.1/i);
        const lines = refusalLines(bot);
        expect(lines).toHaveLength(1);
        expect(lines[0]).toMatchObject({ level: 'warn', fields: { status: 503 } });
      } finally {
        vi.restoreAllMocks();
      }
    });
  });
});
