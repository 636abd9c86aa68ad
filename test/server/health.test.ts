import { Agent, request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot, Turn } from '../../src/botframework/seam';
import { createAdapter } from '../../src/botframework/createAdapter';
import { loadConfig } from '../../src/config';
import { Readiness, type ReadinessCheck } from '../../src/operations/readiness';
import { createServer, listen, type RunningServer } from '../../src/server';
import { expectRepliesMessage } from '../support/activities';
import { textMessage } from '../support/echoBot';
import { RecordingLogger } from '../support/recordingLogger';

/** Holds every turn until released, so a request can be under way when shutdown starts. */
class HeldBot implements Bot {
  private release!: () => void;
  readonly released = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  started = 0;

  async run(turn: Turn): Promise<void> {
    if (turn.activity.type !== 'message') return;
    this.started += 1;
    await this.released;
    await turn.send([textMessage('done')]);
  }

  let(): void {
    this.release();
  }
}

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function start(checks: ReadinessCheck[] = [], bot = new HeldBot()) {
  const logger = new RecordingLogger();
  const readiness = new Readiness(checks, logger, 200);
  const adapter = createAdapter(loadConfig({}), { logger });
  running = await listen(createServer({ adapter, bot, logger, readiness }), 0);
  return { url: running.url, readiness, bot, logger };
}

/** A GET over `agent` (keep-alive: the same connection each time), answering status, body and Connection header. */
function get(url: string, agent: Agent): Promise<{ status: number; body: unknown; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')), connection: res.headers.connection }));
    })
      .on('error', reject)
      .end();
  });
}

describe('GET /healthz and /readyz', () => {
  it('/healthz answers while the process runs, never cached', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('HEAD /healthz and HEAD /readyz answer as GET does, without a body', async () => {
    const { url } = await start([{ name: 'store', check: async () => Promise.reject(new Error('down')) }]);
    for (const [path, status] of [['/healthz', 200], ['/readyz', 503]] as const) {
      const response = await fetch(`${url}${path}`, { method: 'HEAD' });
      expect(response.status).toBe(status);
      expect(await response.text()).toBe('');
    }
  });

  it('/readyz answers 200 when every check passes, naming them', async () => {
    const { url } = await start([
      { name: 'catalog', check: async () => undefined },
      { name: 'store', check: async () => undefined },
    ]);
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ready: true, shuttingDown: false, checks: { catalog: 'ok', store: 'ok' } });
  });

  it('/readyz answers 503 naming a failed and a stuck check, and logs the failure by class only', async () => {
    const { url, logger } = await start([
      { name: 'catalog', check: async () => undefined },
      { name: 'store', check: async () => Promise.reject(new Error('connect ECONNREFUSED redis://:secret@cache:6379')) },
      { name: 'stuck', check: () => new Promise(() => undefined) },
    ]);
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ready: false, shuttingDown: false, checks: { catalog: 'ok', store: 'failed', stuck: 'timed out' } });
    expect(logger.entries.find((entry) => entry.message === 'readiness check failed')?.fields).toMatchObject({ check: 'store', errorName: 'Error' });
    expect(JSON.stringify(logger.entries)).not.toContain('secret');
  });

  it('/readyz answers 503 from the moment shutdown starts, while the request under way finishes and the drain ends', async () => {
    const { url, readiness, bot } = await start([{ name: 'catalog', check: async () => undefined }]);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect((await get(`${url}/readyz`, agent)).status).toBe(200);
      const underWay = fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(expectRepliesMessage('hold')) });
      await expect.poll(() => bot.started).toBe(1);

      // What the SIGTERM handler does (src/operations/shutdown.ts), without ending the test process.
      readiness.shutDown();
      const drained = running!.drain(5_000);
      // On the connection the load balancer already holds: not ready, and told to close it.
      const during = await get(`${url}/readyz`, agent);
      expect(during).toEqual({ status: 503, body: { ready: false, shuttingDown: true, checks: { catalog: 'ok' } }, connection: 'close' });
      // No new connections.
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();

      bot.let();
      const answered = await underWay;
      expect(answered.status).toBe(200);
      expect(answered.headers.get('connection')).toBe('close');
      expect(await drained).toBe('drained');
    } finally {
      agent.destroy();
      running = undefined;
    }
  });
});
