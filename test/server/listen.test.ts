import { connect, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/botframework/createAdapter';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { createServer, listen } from '../../src/server';
import { EchoBot } from '../support/echoBot';

function newServer(requestTimeoutMs?: number) {
  return createServer({ adapter: createAdapter(loadConfig({}), { logger: silentLogger }), bot: new EchoBot(), logger: silentLogger, ...(requestTimeoutMs ? { requestTimeoutMs } : {}) });
}

/** Sends `head` and then nothing more: what the server answers, and after how long it closes the connection. */
function stalledRequest(url: string, head: string): Promise<{ answer: string; ms: number }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const started = Date.now();
    let answer = '';
    const socket = connect(Number(port), hostname, () => socket.write(head));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ answer: answer.split('\r\n')[0] ?? '', ms: Date.now() - started }));
    // Past any deadline the test allows: the connection is closed here, and the assertion says it stayed open.
    setTimeout(() => socket.destroy(), 8_000).unref();
  });
}

describe('listen', () => {
  it('binds a free port for port 0, serves, and stops on close', async () => {
    const running = await listen(newServer(), 0);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

    await running.close();
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });

  it('binds only the host it is given', async () => {
    const server = newServer();
    const running = await listen(server, 0, '127.0.0.1');
    try {
      expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    } finally {
      await running.close();
    }
  });

  it('rejects when the port is taken', async () => {
    const first = newServer();
    const running = await listen(first, 0);
    try {
      const { port } = first.address() as AddressInfo;
      await expect(listen(newServer(), port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await running.close();
    }
  });

  it('answers 408 and closes the connection when a body, or the headers, stop arriving within the request deadline', async () => {
    const running = await listen(newServer(1_000), 0);
    try {
      const stalled = await Promise.all([
        stalledRequest(running.url, 'POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"type":'),
        stalledRequest(running.url, 'GET /healthz HTTP/1.1\r\nHost: bot\r\n'),
      ]);
      for (const { answer, ms } of stalled) {
        expect(answer).toBe('HTTP/1.1 408 Request Timeout');
        // The deadline and the interval at which Node checks it (1 s each here), with room for a busy machine;
        // Node's own defaults took 60 to 90 s.
        expect(ms).toBeLessThan(4_000);
      }
    } finally {
      await running.close();
    }
  });

  it('serves routes added to the returned server, as the Web Chat page will be', async () => {
    const server = newServer();
    server.get('/', (_req, res, next) => {
      res.send(200, 'page');
      next();
    });
    const running = await listen(server, 0);
    try {
      expect(await (await fetch(`${running.url}/`)).json()).toBe('page');
    } finally {
      await running.close();
    }
  });
});
