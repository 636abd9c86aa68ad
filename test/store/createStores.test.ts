import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { createStores } from '../../src/store/createStores';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import type { StoreOperation } from '../../src/store/stateStore';
import { screeningRows } from '../screeningLog/rows';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';

describe('createStores', () => {
  it('keeps state in memory and the pre-screening log in the SCREENING_LOG file when STATE_STORE is unset', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'stores-')), 'log.csv');
    const stores = createStores(loadConfig({ SCREENING_LOG: file }));
    expect(stores.state).toBeInstanceOf(MemoryStateStore);
    await stores.turnLock.run('conversation-1', () => stores.state.write('conversation-1', { step: 1 }, undefined));
    expect((await stores.state.read('conversation-1'))?.value).toEqual({ step: 1 });
    await stores.screeningLog.record(screeningRows(systemClock()));
    expect(readFileSync(file, 'utf8').split('\r\n')).toHaveLength(5);
    await stores.state.close();
  });
});

describe.skipIf(redisServerMissing !== undefined)(withRedis('createStores with a Redis STATE_STORE'), () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives two instances the same state, lock and log, and counts store errors through onError', async () => {
    const settings = loadConfig({ STATE_STORE: `${server.url}/3`, WEBCHAT_TOKEN_SECRET: 'k'.repeat(32) });
    const errors: StoreOperation[] = [];
    const [a, b] = [createStores(settings, { onError: (operation) => errors.push(operation) }), createStores(settings)];
    const written = await a.turnLock.run('conversation-1', () => a.state.write('conversation-1', { step: 1 }, undefined));
    expect(await b.state.read('conversation-1')).toEqual({ value: { step: 1 }, etag: written.ok ? written.etag : 'none' });
    await b.screeningLog.record(screeningRows(systemClock(), 'webchat'));
    expect(await a.screeningLog.read()).toEqual(screeningRows(systemClock(), 'webchat'));
    await b.state.close();
    await expect(b.state.read('conversation-1')).rejects.toThrow();
    expect(errors).toEqual([]);
    await a.state.close();
    await expect(a.screeningLog.read()).rejects.toThrow();
    expect(errors).toEqual(['log']);
  });
});
