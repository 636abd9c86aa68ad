import { afterEach, describe, expect, it } from 'vitest';
import { Metrics } from '../../src/operations/metrics';
import { expectRepliesMessage } from '../support/activities';
import { testAssistant } from '../support/assistant';
import { DirectLineClient, webChatMessage } from '../support/directLineClient';
import { postJson } from '../support/http';
import { startObservedServer, type ObservedServer } from '../support/observedServer';
import { counterValue, gaugeValue } from '../support/prometheusText';

let server: ObservedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const scrape = async (): Promise<string> => {
  const response = await fetch(`${server!.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
};

describe('GET /metrics', () => {
  it('moves after a screening: turns and their latency by entry point, requests by route and status, open conversations', async () => {
    server = await startObservedServer(testAssistant());
    const before = await scrape();
    const conversation = { id: 'metrics-conversation-9d2e' };
    for (const text of ['hello', 'lupus', '45', 'female', 'results']) {
      expect((await postJson(`${server.url}/api/messages`, expectRepliesMessage(text, { conversation }))).status).toBe(200);
    }
    const client = new DirectLineClient(server.url);
    const session = await client.session();
    await client.start(session.token);
    await client.post(session.token, session.conversationId, webChatMessage('lupus'));
    const after = await scrape();

    const moved = (name: string, labels: Record<string, string>) => counterValue(after, name, labels) - counterValue(before, name, labels);
    expect(moved('bot_turns_total', { ingress: 'bot-framework', outcome: 'ok' })).toBe(5);
    expect(moved('bot_turn_duration_seconds_count', { ingress: 'bot-framework' })).toBe(5);
    expect(moved('bot_turn_duration_seconds_sum', { ingress: 'bot-framework' })).toBeGreaterThan(0);
    // The greeting and the answer.
    expect(moved('bot_turns_total', { ingress: 'intranet', outcome: 'ok' })).toBe(2);
    expect(moved('http_requests_total', { route: '/api/messages', method: 'POST', status: '200' })).toBe(5);
    expect(gaugeValue(after, 'webchat_open_conversations')).toBe(1);
    // No id, no answer and no token in any label or value.
    for (const secret of [conversation.id, session.conversationId, session.userId, session.token, 'lupus', 'female']) expect(after).not.toContain(secret);
  });

  it('counts screenings started and finished, and verdicts by study, with channels from a closed set', async () => {
    const metrics = new Metrics();
    metrics.screeningStarted('msteams');
    metrics.screeningStarted('a-channel-a-caller-made-up');
    metrics.screeningFinished('webchat', [
      { trialId: 'NCT04582136', verdict: 'eligible' },
      { trialId: 'NCT06722586', verdict: 'ineligible' },
    ]);
    metrics.storeError('write');
    const text = await metrics.text();
    expect(counterValue(text, 'screenings_started_total', { channel: 'msteams' })).toBe(1);
    expect(counterValue(text, 'screenings_started_total', { channel: 'other' })).toBe(1);
    expect(text).not.toContain('a-channel-a-caller-made-up');
    expect(counterValue(text, 'screenings_finished_total', { channel: 'webchat' })).toBe(1);
    expect(counterValue(text, 'screening_verdicts_total', { trial: 'NCT04582136', verdict: 'eligible' })).toBe(1);
    expect(counterValue(text, 'screening_verdicts_total', { trial: 'NCT06722586', verdict: 'ineligible' })).toBe(1);
    expect(counterValue(text, 'state_store_errors_total', { operation: 'write' })).toBe(1);
  });

  it('counts refused and rate-limited requests', async () => {
    server = await startObservedServer(testAssistant(), { WEBCHAT_TOKENS_PER_MINUTE: '2' });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${server.url}/api/webchat/token`, { method: 'POST' })).status);
    expect(statuses).toEqual([200, 200, 429]);
    await postJson(`${server.url}/api/messages`, 'not json');
    const text = await scrape();
    expect(counterValue(text, 'http_requests_rate_limited_total', { route: '/api/webchat/token' })).toBe(1);
    expect(counterValue(text, 'http_requests_refused_total', { route: '/api/webchat/token', status: '429' })).toBe(1);
    expect(counterValue(text, 'http_requests_refused_total', { route: '/api/messages', status: '400' })).toBe(1);
  });

  it('is served only to METRICS_ALLOW, and never through a proxy', async () => {
    server = await startObservedServer(testAssistant(), { METRICS_ALLOW: '10.0.0.0/8' });
    const refused = await fetch(`${server.url}/metrics`);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'metrics are served only to the addresses in METRICS_ALLOW, directly (not through a proxy)' });
    await server.close();

    server = await startObservedServer(testAssistant(), { METRICS_ALLOW: '127.0.0.0/8' });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '127.0.0.1' } })).status).toBe(403);
    expect((await fetch(`${server.url}/metrics`, { headers: { forwarded: 'for=127.0.0.1' } })).status).toBe(403);
  });
});
