import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createAdapter } from '../../src/adapter';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { createServer, listen } from '../../src/server';
import { EchoBot } from '../support/echoBot';

function newServer() {
  return createServer({ adapter: createAdapter(loadConfig({}), silentLogger), bot: new EchoBot(), logger: silentLogger });
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
