import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/http/jsonBody';
import { emulatorMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { postJson } from '../support/http';

describe('POST /api/messages with a malformed body', () => {
  let bot: BotServer;

  beforeAll(async () => {
    bot = await startBotServer();
  });

  afterAll(async () => {
    await bot.close();
  });

  async function expect400(body: unknown, reason: RegExp, headers: Record<string, string> = {}): Promise<string> {
    const response = await postJson(bot.messagesUrl, body, headers);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: expect.stringMatching(reason) });
    return response.text;
  }

  it('answers 400 to a body that is not JSON', async () => {
    await expect400('this is { not json', /not valid JSON/);
  });

  it('answers 400 to an empty body', async () => {
    await expect400('', /empty/);
  });

  it('answers 400 to a body that is not JSON by its content type', async () => {
    await expect400(JSON.stringify(emulatorMessage('hi')), /application\/json/, { 'content-type': 'text/plain' });
  });

  it('answers 400 to a JSON array', async () => {
    await expect400([], /^activity: expected a JSON object$/);
  });

  it('answers 400 to an activity without a type (the SDK alone would answer 500)', async () => {
    const { type: _type, ...activity } = emulatorMessage('hi');
    await expect400(activity, /^activity\.type: /);
  });

  it('answers 400 to a message without a conversation (the SDK alone would answer 500)', async () => {
    await expect400(emulatorMessage('hi', { conversation: undefined }), /^activity\.conversation: /);
  });

  it('answers 400 to a message without a serviceUrl and not expecting replies', async () => {
    await expect400(emulatorMessage('hi', { serviceUrl: undefined }), /^activity\.serviceUrl: /);
  });

  it('does not put the rejected body in the reason or the log', async () => {
    const answers = [
      await expect400('{"text": "HbA1c 7.9%", ', /not valid JSON/),
      await expect400(emulatorMessage('HbA1c 7.9%', { conversation: undefined }), /conversation/),
      await expect400(emulatorMessage('hi', { text: 'HbA1c 7.9%', serviceUrl: 'HbA1c 7.9%' }), /serviceUrl/),
    ];
    for (const answer of answers) expect(answer).not.toContain('7.9');
    expect(JSON.stringify(bot.logger.entries)).not.toContain('7.9');
    const logged = bot.logger.entries.map((entry) => entry.message);
    expect(logged).toContain('rejected a request body');
    expect(logged).toContain('rejected a malformed activity');
  });

  it('answers 413 to a body over the size limit', async () => {
    const response = await postJson(bot.messagesUrl, emulatorMessage('x'.repeat(MAX_BODY_BYTES)));
    expect(response.status).toBe(413);
  });

  it('answers 405 to other methods, not 500', async () => {
    const response = await fetch(bot.messagesUrl, { method: 'GET' });
    expect(response.status).toBe(405);
  });
});
