import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRepliesMessage } from '../support/activities';
import { testAssistant } from '../support/assistant';
import { DirectLineClient, webChatMessage } from '../support/directLineClient';
import { startObservedServer, type ObservedServer } from '../support/observedServer';

// Distinctive enough that finding them anywhere in the log can only mean they were logged.
const CONVERSATION_ID = 'conversation-7f3a-unique';
const USER_ID = 'clinician-51c9-unique';
const ANSWERS = ['lupus', '73', 'methylpred 8 mg daily, stopped 6 weeks ago'];

describe('the access log', () => {
  let server: ObservedServer;
  let webChat: { token: string; conversationId: string; userId: string };
  const requestIds: string[] = [];

  beforeAll(async () => {
    server = await startObservedServer(testAssistant());
    for (const text of ['hello', ...ANSWERS]) {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'caller-chosen-id' },
        body: JSON.stringify(expectRepliesMessage(text, { conversation: { id: CONVERSATION_ID }, from: { id: USER_ID } })),
      });
      expect(response.status).toBe(200);
      requestIds.push(response.headers.get('x-request-id') ?? '');
    }
    const client = new DirectLineClient(server.url);
    const session = await client.session();
    await client.start(session.token);
    await client.post(session.token, session.conversationId, webChatMessage("Ormond's disease"));
    webChat = session;
  });

  afterAll(async () => {
    await server.close();
  });

  const parsed = () => server.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  const accessLines = () => parsed().filter((line) => line.msg === 'request');

  it('writes one line per request: method, route pattern, status, duration and our own request id', () => {
    const screening = accessLines().filter((line) => line.route === '/api/messages');
    expect(screening).toHaveLength(ANSWERS.length + 1);
    for (const line of screening) {
      expect(Object.keys(line).sort()).toEqual(['durationMs', 'hostname', 'level', 'method', 'msg', 'pid', 'requestId', 'route', 'status', 'time']);
      expect(line).toMatchObject({ level: 'info', method: 'POST', status: 200, durationMs: expect.any(Number) });
    }
    // The id sent back in X-Request-Id is the one logged; a caller's own id is never taken.
    expect(screening.map((line) => line.requestId)).toEqual(requestIds);
    expect(new Set(requestIds).size).toBe(requestIds.length);
    expect(server.lines.join('\n')).not.toContain('caller-chosen-id');
  });

  it('logs a Web Chat request by its route pattern, not its path, which holds the conversation id', () => {
    expect(accessLines().map((line) => line.route)).toEqual(
      expect.arrayContaining(['/api/webchat/token', '/v3/directline/conversations', '/v3/directline/conversations/:conversationId/activities']),
    );
  });

  it('holds none of the answers’ text, no conversation or user id and no token, on any line', () => {
    const log = server.lines.join('\n');
    // (The age alone could be a digit pair of a time or an id; as the bot words it, it cannot.)
    for (const answer of ['lupus', 'Systemic lupus', '73 years', 'methylpred', 'Ormond', 'retroperitoneal']) expect(log).not.toContain(answer);
    for (const id of [CONVERSATION_ID, USER_ID, webChat.conversationId, webChat.userId, webChat.token]) expect(log).not.toContain(id);
  });

  it('gives a request no route matched a line too, without its path', async () => {
    await fetch(`${server.url}/v3/directline/nothing-here/${CONVERSATION_ID}`);
    expect(accessLines().at(-1)).toMatchObject({ method: 'GET', route: 'unmatched', status: 404 });
    expect(server.lines.join('\n')).not.toContain(CONVERSATION_ID);
  });

  it('is written for a request the client abandoned, saying it did not complete', async () => {
    const { port } = new URL(server.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    // Half a body, then gone.
    socket.end('POST /api/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"type": "mess');
    await expect.poll(() => accessLines().some((line) => line.completed === false)).toBe(true);
    expect(accessLines().find((line) => line.completed === false)).toMatchObject({ method: 'POST', route: '/api/messages' });
    const exposed = await server.metrics.registry.metrics();
    expect(exposed).toMatch(/^http_requests_total\{route="\/api\/messages",method="POST",status="aborted"\} 1$/m);
  });
});
