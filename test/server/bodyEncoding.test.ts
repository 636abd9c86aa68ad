import { deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../src/http/jsonBody';
import { expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { readJsonResponse, repliesOf, type JsonResponse } from '../support/http';

const PATIENT_ANSWER = 'HbA1c 7.9%';

describe('POST /api/messages bodies, encoded or not', () => {
  let bot: BotServer;

  beforeAll(async () => {
    bot = await startBotServer();
  });

  afterAll(async () => {
    await bot.close();
  });

  async function post(body: Buffer, headers: Record<string, string>): Promise<JsonResponse> {
    const response = await fetch(bot.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return readJsonResponse(response);
  }

  const message = Buffer.from(JSON.stringify(expectRepliesMessage(PATIENT_ANSWER)));

  it.each([
    ['gzip', gzipSync(message)],
    ['x-gzip', gzipSync(message)],
    ['deflate', deflateSync(message)],
    ['identity', message],
  ])('reads a body sent with Content-Encoding %s', async (encoding, body) => {
    const response = await post(body, { 'content-encoding': encoding });
    expect(response.status).toBe(200);
    expect(repliesOf(response).map((reply) => reply.text)).toEqual([`echo: ${PATIENT_ANSWER}`]);
  });

  it('reads JSON after a byte-order mark, which some clients write', async () => {
    const response = await post(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), message]), {});
    expect(response.status).toBe(200);
    expect(repliesOf(response).map((reply) => reply.text)).toEqual([`echo: ${PATIENT_ANSWER}`]);
  });

  it.each([
    ['a gzip header on a plain body', message, 'gzip'],
    ['a truncated gzip body', gzipSync(message).subarray(0, 40), 'gzip'],
    ['a gzip body with flipped bytes', Buffer.from(gzipSync(message).map((byte, i) => (i > 20 && i < 30 ? byte ^ 0xff : byte))), 'gzip'],
    ['a deflate header on a gzip body', gzipSync(message), 'deflate'],
    ['an empty gzip body', Buffer.alloc(0), 'gzip'],
  ])('answers 400 naming the encoding to %s, and keeps serving', async (_name, body, encoding) => {
    const response = await post(body, { 'content-encoding': encoding });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'the request body is not valid, complete gzip or deflate data: expected it to match its Content-Encoding' });
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it.each(['br', 'compress', 'gzip, deflate', 'zstd'])('answers 415 to Content-Encoding %s', async (encoding) => {
    const response = await post(message, { 'content-encoding': encoding });
    expect(response.status).toBe(415);
    expect(response.body).toEqual({ error: expect.stringMatching(/^unsupported Content-Encoding: expected Content-Encoding gzip, deflate or identity/) });
  });

  it('applies the size limit to the inflated bytes: a small gzip body that inflates past it is 413', async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);
    const response = await post(bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ error: `the request body is larger than ${MAX_BODY_BYTES} bytes once inflated` });
  });

  it('answers 413 to a plain body over the limit, read to its end so the client sees the answer', async () => {
    const response = await post(Buffer.alloc(MAX_BODY_BYTES + 1, 'x'), {});
    expect(response.status).toBe(413);
  });

  it(`answers 400 to JSON nested deeper than ${MAX_JSON_DEPTH} levels, which would overflow code walking it`, async () => {
    const deep = JSON.stringify(expectRepliesMessage('x', { value: JSON.parse(`${'{"a":'.repeat(MAX_JSON_DEPTH)}1${'}'.repeat(MAX_JSON_DEPTH)}`) }));
    const response = await post(Buffer.from(deep), {});
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: `the request body is nested deeper than ${MAX_JSON_DEPTH} levels` });
    // Exactly at the limit (the activity's own object is the first level) is an ordinary activity.
    const atLimit = MAX_JSON_DEPTH - 1;
    const shallow = JSON.stringify(expectRepliesMessage('x', { value: JSON.parse(`${'{"a":'.repeat(atLimit)}1${'}'.repeat(atLimit)}`) }));
    expect((await post(Buffer.from(shallow), {})).status).toBe(200);
  });

  it('never puts the body into an answer or a log line', async () => {
    await post(gzipSync(message).subarray(0, 60), { 'content-encoding': 'gzip' });
    await post(Buffer.from(`{"text": "${PATIENT_ANSWER}", `), {});
    expect(JSON.stringify(bot.logger.entries)).not.toContain('7.9');
  });
});
