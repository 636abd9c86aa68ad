import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { startChildServer, type ChildServer } from './support/childServer';
import { BotFrameworkClinician } from './support/clients';
import { rawRequest } from './support/rawHttp';

const REPLY_TIMEOUT_SECONDS = 1;

/** A channel connector that takes every reply's connection and body, and never answers. */
async function startSilentConnector(): Promise<{ url: string; received: () => number; close(): Promise<void> }> {
  let received = 0;
  const held: ServerResponse[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    received += 1;
    req.resume();
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe.each(SDKS)('with %s', (sdk) => {
  let server: ChildServer;
  let silent: Awaited<ReturnType<typeof startSilentConnector>>;
  beforeAll(async () => {
    server = await startChildServer({ BOT_SDK: sdk, REPLY_TIMEOUT_SECONDS: String(REPLY_TIMEOUT_SECONDS) });
    silent = await startSilentConnector();
  });
  afterAll(async () => {
    await server.stop();
    await silent.close();
  });

  describe('a turn whose serviceUrl never answers', () => {
    it('ends after REPLY_TIMEOUT_SECONDS, logged without patient data, and the conversation’s next turn goes ahead', async () => {
      const clinician = new BotFrameworkClinician(server.url, 'silent-channel-conversation', 'silent-channel-user');
      await clinician.say('hello');
      // The answer is recorded; its replies never arrive.
      const stuck = { ...clinician.activity('Ormond’s disease'), deliveryMode: undefined, serviceUrl: silent.url };
      const started = Date.now();
      // The stuck turn and the conversation's next one, posted together: the second queues behind the first.
      const [first, next] = await Promise.all([
        rawRequest({ url: `${server.url}/api/messages`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(stuck) }),
        (async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return clinician.say('45');
        })(),
      ]);
      const elapsed = Date.now() - started;

      expect(first).toMatchObject({ kind: 'answered', status: 200 });
      expect(silent.received()).toBeGreaterThan(0);
      expect(next).toMatch(/Noted: Age: 45 years/);
      // Both within the deadline and a margin, instead of forever.
      expect(elapsed).toBeGreaterThanOrEqual(REPLY_TIMEOUT_SECONDS * 1000);
      expect(elapsed).toBeLessThan(REPLY_TIMEOUT_SECONDS * 1000 + 4_000);

      const abandoned = server.lines.filter((line) => line.msg === 'a reply to the channel timed out; the turn was abandoned');
      expect(abandoned).toHaveLength(1);
      expect(abandoned[0]).toMatchObject({ level: 'error', errorName: 'ReplyTimeoutError', ingress: 'bot-framework', activityType: 'message' });
      const log = JSON.stringify(server.lines);
      for (const secret of ['Ormond', 'retroperitoneal', 'silent-channel-conversation', 'silent-channel-user']) expect(log).not.toContain(secret);
    }, 30_000);

    it('does not hold the server: other conversations are answered at once meanwhile', async () => {
      const stuck = { ...new BotFrameworkClinician(server.url, 'another-silent', 'u').activity('hello'), deliveryMode: undefined, serviceUrl: silent.url };
      const pending = rawRequest({ url: `${server.url}/api/messages`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(stuck) });
      const started = Date.now();
      expect(await new BotFrameworkClinician(server.url, 'unrelated', 'u2').say('hello')).toMatch(/Hello — I help you check/);
      expect(Date.now() - started).toBeLessThan(REPLY_TIMEOUT_SECONDS * 1000);
      expect(await pending).toMatchObject({ kind: 'answered', status: 200 });
    }, 30_000);
  });
});
