import { randomUUID } from 'node:crypto';
import { AuthenticationConstants } from 'botframework-connector';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAuthentication } from '../../src/channels/authentication';
import { loadConfig } from '../../src/config';
import { expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { EchoBot } from '../support/echoBot';
import { postJson, repliesOf } from '../support/http';
import { otherRsaKey, signJwt, startOpenIdStub, type OpenIdStub } from '../support/openIdStub';

const appId = randomUUID();
const config = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: `pw-${randomUUID()}` });

/** Counts turns, so a test can tell the bot never ran for a rejected request. */
class CountingEchoBot extends EchoBot {
  turns = 0;
  override async run(...args: Parameters<EchoBot['run']>): Promise<void> {
    this.turns += 1;
    await super.run(...args);
  }
}

describe('POST /api/messages with MicrosoftAppId configured', () => {
  let keys: OpenIdStub;
  let bot: BotServer;
  const echo = new CountingEchoBot();

  beforeAll(async () => {
    keys = await startOpenIdStub(['emulator']);
    // The SDK only reads these overrides as a complete set; all but the metadata URLs are the public cloud's.
    const authentication = createAuthentication(config, {
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
      ToBotFromEmulatorOpenIdMetadataUrl: keys.metadataUrl,
      ValidateAuthority: true,
    });
    bot = await startBotServer({ config, bot: echo, authentication });
  });

  afterAll(async () => {
    await bot.close();
    await keys.close();
  });

  beforeEach(() => {
    echo.turns = 0;
    // CloudAdapter console.errors every rejected request; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  function channelToken(signingKey = keys.signingKey, overrides: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return signJwt(
      { iss: AuthenticationConstants.ToBotFromChannelTokenIssuer, aud: appId, iat: now, nbf: now, exp: now + 600, ...overrides },
      signingKey,
      keys.keyId,
    );
  }

  it('answers 401 to a request without an Authorization header', async () => {
    const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'));
    expect(response.status).toBe(401);
    expect(echo.turns).toBe(0);
  });

  it('answers 401 to a garbage bearer token', async () => {
    const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), { authorization: 'Bearer garbage.not-a.jwt' });
    expect(response.status).toBe(401);
    expect(echo.turns).toBe(0);
  });

  it('answers 401, not 500, to a well-formed token with a forged signature', async () => {
    const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), {
      authorization: `Bearer ${channelToken(otherRsaKey())}`,
    });
    expect(response.status).toBe(401);
    // It got as far as checking the signature against the published key.
    expect(response.text).toContain('invalid signature');
    expect(keys.keyFetches()).toBeGreaterThan(0);
    expect(echo.turns).toBe(0);
  });

  it('answers 401 to a correctly signed token for another bot', async () => {
    const response = await postJson(bot.messagesUrl, expectRepliesMessage('hi'), {
      authorization: `Bearer ${channelToken(keys.signingKey, { aud: randomUUID() })}`,
    });
    expect(response.status).toBe(401);
    expect(echo.turns).toBe(0);
  });

  it('runs the turn for a correctly signed token (the control for the cases above)', async () => {
    const response = await postJson(bot.messagesUrl, expectRepliesMessage('signed'), {
      authorization: `Bearer ${channelToken()}`,
    });
    expect(response.status).toBe(200);
    expect(repliesOf(response).map((reply) => reply.text)).toEqual(['echo: signed']);
    expect(echo.turns).toBe(1);
  });
});
