import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { BOT_ACCOUNT } from '../../src/webchat/postedActivity';
import { testAssistant } from '../support/assistant';
import { channelToken, startOpenIdStub, type OpenIdStub } from '../support/openIdStub';
import { SDKS } from '../support/sdks';
import { startObservedServer, type ObservedServer } from '../support/observedServer';
import { startChildServer, type ChildServer } from './support/childServer';
import { shownText } from '../support/shownText';
import { BotFrameworkClinician, WebChatClinician } from './support/clients';
import { rawRequest } from './support/rawHttp';

/**
 * The worst case: a caller of /api/messages who knows a Web Chat conversation's id and its user's id (neither is
 * ever logged, so in practice it cannot) and names them, with channelId "webchat", to read the screening's
 * answers or to answer into it.
 */
function impersonating(clinician: WebChatClinician, text: string): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'webchat',
    deliveryMode: 'expectReplies',
    conversation: { id: clinician.session.conversationId, conversationType: 'personal' },
    from: { id: clinician.session.userId, role: 'user' },
    recipient: { ...BOT_ACCOUNT },
    text,
  };
}

/** The clinician's screening, as they left it, after what the caller of /api/messages tried. */
async function expectUntouched(clinician: WebChatClinician): Promise<void> {
  const summary = await clinician.say('summary');
  expect(summary).toMatch(/Main diagnosis: Systemic lupus erythematosus/);
  expect(summary).toMatch(/Age: 45 years/);
  expect(summary).not.toMatch(/Age: 70|Sex:/);
}

describe.each(SDKS)('with %s', (sdk) => {
  describe('a Web Chat conversation cannot be reached through /api/messages without an app id (the README’s intranet set-up)', () => {
    let server: ChildServer;
    beforeAll(async () => {
      server = await startChildServer({ BOT_SDK: sdk });
    });
    afterAll(async () => {
      await server.stop();
    });

    it('starts bound to this machine only, warning that authentication is off', async () => {
      expect(new URL(server.url).hostname).toBe('127.0.0.1');
      // Logged just after the listening line.
      await expect
        .poll(() => server.lines.filter((line) => line.level === 'warn').map((line) => line.msg))
        .toContain('authentication is off (MicrosoftAppId is empty): /api/messages accepts any caller on this machine');
    });

    it('neither read (summary) nor written (an answer), and its ids are in no log line', async () => {
      const clinician = await WebChatClinician.open(server.url, '127.0.4.1');
      await clinician.say('lupus');
      await clinician.say('45');

      const send = (text: string) =>
        rawRequest({ url: `${server.url}/api/messages`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(impersonating(clinician, text)) });
      const read = await send('summary');
      expect(read).toMatchObject({ kind: 'answered', status: 200 });
      const readText = read.kind === 'answered' ? shownText((JSON.parse(read.text) as { activities: Array<Record<string, unknown>> }).activities) : '';
      expect(readText).not.toMatch(/Main diagnosis: Systemic lupus|Age: 45/);
      for (const text of ['hello', 'lupus', '70', 'female']) await send(text);

      await expectUntouched(clinician);
      const log = JSON.stringify(server.lines);
      for (const id of [clinician.session.conversationId, clinician.session.userId, clinician.session.token]) expect(log).not.toContain(id);
    });

    it('while /api/messages itself keeps working for its own conversations (the control)', async () => {
      const emulator = new BotFrameworkClinician(server.url, 'an-emulator-conversation', 'an-emulator-user');
      await emulator.say('hello');
      expect(await emulator.say('lupus')).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus/);
    });
  });

  describe('a Web Chat conversation cannot be reached through /api/messages with an app id', () => {
    const appId = randomUUID();
    const env = { MicrosoftAppId: appId, MicrosoftAppPassword: `pw-${randomUUID()}` };
    let keys: OpenIdStub;
    let server: ObservedServer;

    beforeAll(async () => {
      keys = await startOpenIdStub(['webchat']);
      server = await startObservedServer(testAssistant(), { BOT_SDK: sdk, ...env }, keys.url);
    });
    afterAll(async () => {
      await server.close();
      await keys.close();
    });

    it('not without a token (401), and not with a valid Bot Framework token either', async () => {
      expect(loadConfig(env).MicrosoftAppId).toBe(appId);
      const clinician = await WebChatClinician.open(server.url, '127.0.4.2');
      await clinician.say('lupus');
      await clinician.say('45');

      const post = (text: string, authorization?: string) =>
        rawRequest({
          url: `${server.url}/api/messages`,
          headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
          body: JSON.stringify(impersonating(clinician, text)),
        });
      expect(await post('70')).toMatchObject({ kind: 'answered', status: 401 });

      const token = `Bearer ${channelToken(sdk, keys, appId)}`;
      const read = await post('summary', token);
      expect(read).toMatchObject({ kind: 'answered', status: 200 });
      expect(read.kind === 'answered' ? read.text : '').not.toMatch(/Main diagnosis: Systemic lupus|Age: 45/);
      for (const text of ['lupus', '70', 'female']) expect(await post(text, token)).toMatchObject({ kind: 'answered', status: 200 });

      await expectUntouched(clinician);
      for (const id of [clinician.session.conversationId, clinician.session.userId]) expect(server.lines.join('\n')).not.toContain(id);
    });
  });
});
