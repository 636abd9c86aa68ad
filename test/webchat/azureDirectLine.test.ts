import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from '../support/http';
import { startDirectLineTokenStub, type DirectLineTokenStub } from '../support/directLineTokenStub';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';

/** With DIRECT_LINE_SECRET set the page talks to Azure Direct Line (here a local stub of it). */
const SECRET = 'dl-secret-7Qm2vX9pLw3Rt8Zk';

let stub: DirectLineTokenStub;
let server: WebChatServer;
beforeAll(async () => {
  stub = await startDirectLineTokenStub();
  server = await startWebChatServer({ env: { DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: stub.url } });
});
afterAll(async () => {
  await server.close();
  await stub.close();
});

async function everythingThePageGets(): Promise<string> {
  const responses = await Promise.all(
    ['/', '/webchat/app.js', '/webchat/styles.css', '/embed.js'].map((path) => fetch(`${server.url}${path}`)),
  );
  const parts = await Promise.all(responses.map(async (r) => `${JSON.stringify([...r.headers])}\n${await r.text()}`));
  const token = await fetch(`${server.url}/api/webchat/token`, { method: 'POST' });
  return [...parts, JSON.stringify([...token.headers]), await token.text()].join('\n');
}

describe('the token endpoint in Azure Direct Line mode', () => {
  it('exchanges the secret for a per-user token and hands the page only that token and Azure’s domain', async () => {
    stub.status = 200;
    const before = stub.requests.length;
    const response = await postJson(`${server.url}/api/webchat/token`, '');
    expect(response.status).toBe(200);
    const session = response.body as Record<string, unknown>;
    expect(session).toEqual({
      mode: 'azure',
      token: `azure-token-${before + 1}`,
      conversationId: `azure-conversation-${before + 1}`,
      userId: expect.stringMatching(/^dl_/),
      expiresIn: 3600,
      domain: `${stub.url}/v3/directline`,
      webSocket: true,
    });
    const request = stub.requests.at(-1);
    expect(request?.authorization).toBe(`Bearer ${SECRET}`);
    expect(request?.body).toEqual({ user: { id: session.userId } });
  });

  it('gives every page its own user', async () => {
    stub.status = 200;
    const [a, b] = await Promise.all([postJson(`${server.url}/api/webchat/token`, ''), postJson(`${server.url}/api/webchat/token`, '')]);
    expect((a.body as { userId: string }).userId).not.toBe((b.body as { userId: string }).userId);
  });

  it('never lets the secret reach a browser: not in the page, its assets, their headers or the token answer', async () => {
    stub.status = 200;
    expect(await everythingThePageGets()).not.toContain(SECRET);
  });

  it('answers 502 naming the problem, without the secret, when Azure refuses', async () => {
    stub.status = 403;
    const response = await postJson(`${server.url}/api/webchat/token`, '');
    expect(response.status).toBe(502);
    expect(response.body).toEqual({ error: 'the Direct Line token service answered HTTP 403: expected 200 (check DIRECT_LINE_SECRET)' });
    expect(response.text).not.toContain(SECRET);
    stub.status = 200;
  });

  it('lets the page connect to the Direct Line origin and nowhere else', async () => {
    const csp = (await fetch(`${server.url}/`)).headers.get('content-security-policy') ?? '';
    const port = new URL(stub.url).port;
    expect(csp).toContain(`connect-src 'self' ${stub.url} ws://127.0.0.1:${port};`);
    expect(csp).toContain("script-src 'self';");
  });

  it('does not open the intranet channel', async () => {
    const response = await postJson(`${server.url}/v3/directline/conversations`, {}, { authorization: 'Bearer azure-token-1' });
    expect(response.status).toBe(404);
  });
});

describe('an unreachable Direct Line endpoint', () => {
  it('answers 502 saying it could not be reached', async () => {
    const closed = await startDirectLineTokenStub();
    await closed.close();
    const offline = await startWebChatServer({ env: { DIRECT_LINE_SECRET: SECRET, DIRECT_LINE_ENDPOINT: closed.url } });
    try {
      const response = await postJson(`${offline.url}/api/webchat/token`, '');
      expect(response.status).toBe(502);
      expect(response.body).toEqual({ error: expect.stringMatching(/^the Direct Line token service could not be reached/) });
      expect(offline.logger.entries.map((e) => JSON.stringify(e)).join('\n')).not.toContain(SECRET);
    } finally {
      await offline.close();
    }
  });
});
