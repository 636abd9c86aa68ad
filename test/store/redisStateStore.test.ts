import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '../../src/store/redisConnection';
import { RedisStateStore } from '../../src/store/redisStateStore';
import type { StoreOperation } from '../../src/store/stateStore';
import { StoreUnreachableError } from '../../src/store/storeUnreachableError';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { stateStoreContract } from './stateStoreContract';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');

let server: RedisServer;
let stores = 0;
// Each test gets keys of its own on the one server.
const nextPrefix = () => `test-${(stores += 1)}:`;

/** The connection once it is ready: ping() reports one still connecting as unreachable, as a readiness check should. */
async function connected(connection: RedisConnection): Promise<RedisConnection> {
  if (connection.client.status !== 'ready') await new Promise((resolve) => connection.client.once('ready', resolve));
  return connection;
}

function race(prefix: string, name: string, count: number, mode: 'cas' | 'locked'): Promise<{ conflicts: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(__dirname, 'racer.ts'), server.url, prefix, 'conversation-1', name, String(count), mode], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { conflicts: number }) : reject(new Error(`racer ${name} exited ${code}: ${err}`))));
  });
}

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisStateStore'), () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  stateStoreContract(async (idleMs) => new RedisStateStore(await connected(new RedisConnection(server.url, {}, nextPrefix())), idleMs));

  it('keeps each state as one hash whose TTL is the idle time, under a hashed key that does not name the conversation', async () => {
    const prefix = nextPrefix();
    const connection = new RedisConnection(server.url, {}, prefix);
    const store = new RedisStateStore(connection, 60_000);
    await store.write('msteams/a:conversation-id-1234', { answers: {} }, undefined);
    const keys = await connection.client.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefix}state:[A-Za-z0-9_-]{43}$`));
    expect(await connection.client.type(keys[0] as string)).toBe('hash');
    const ttl = await connection.client.pttl(keys[0] as string);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await store.close();
  });

  it('applies every write of two processes racing on one key, none lost and none twice', async () => {
    const prefix = nextPrefix();
    const [a, b] = await Promise.all([race(prefix, 'a', 100, 'cas'), race(prefix, 'b', 100, 'cas')]);
    const store = new RedisStateStore(new RedisConnection(server.url, {}, prefix), 60_000);
    const list = (await store.read('conversation-1'))?.value as string[];
    expect(list).toHaveLength(200);
    expect(new Set(list).size).toBe(200);
    expect(list.filter((entry) => entry.startsWith('a-'))).toEqual(Array.from({ length: 100 }, (_, i) => `a-${i}`));
    expect(list.filter((entry) => entry.startsWith('b-'))).toEqual(Array.from({ length: 100 }, (_, i) => `b-${i}`));
    // They did race: writes were refused (about 60 of each 100 here) and made again on fresh state.
    expect(a.conflicts + b.conflicts).toBeGreaterThan(0);
    await store.close();
  });

  it('under the turn lock, two processes updating one key never meet a conflict, and still lose nothing', async () => {
    const prefix = nextPrefix();
    const results = await Promise.all([race(prefix, 'a', 50, 'locked'), race(prefix, 'b', 50, 'locked')]);
    expect(results).toEqual([{ conflicts: 0 }, { conflicts: 0 }]);
    const store = new RedisStateStore(new RedisConnection(server.url, {}, prefix), 60_000);
    expect(new Set((await store.read('conversation-1'))?.value as string[]).size).toBe(100);
    await store.close();
  });
});

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisStateStore when Redis goes away'), () => {
  it('fails ping at once, fails reads and writes, counts each failure by operation, and recovers when Redis is back', async () => {
    const own = await startRedisServer();
    const errors: StoreOperation[] = [];
    const store = new RedisStateStore(new RedisConnection(own.url, { onError: (operation) => errors.push(operation) }), 60_000);
    await store.write('conversation-1', { answers: 1 }, undefined);
    await store.ping();
    expect(errors).toEqual([]);

    await own.stop();
    await expect(store.ping()).rejects.toThrow(/state store \(Redis\) is not connected/);
    // As StoreUnreachableError, whatever ioredis threw: callers answer "try again soon" rather than a fault.
    await expect(store.read('conversation-1')).rejects.toBeInstanceOf(StoreUnreachableError);
    await expect(store.write('conversation-1', { answers: 2 }, undefined)).rejects.toBeInstanceOf(StoreUnreachableError);
    await expect(store.delete('conversation-1')).rejects.toBeInstanceOf(StoreUnreachableError);
    expect(errors).toEqual(expect.arrayContaining(['ping', 'read', 'write', 'delete', 'connect']));
    expect(errors.filter((operation) => operation !== 'connect')).toEqual(['ping', 'read', 'write', 'delete']);

    const back = await startRedisServer(own.port);
    await expect.poll(() => store.ping().then(() => 'reachable', () => 'unreachable'), { timeout: 10_000, interval: 100 }).toBe('reachable');
    // A server without persistence comes back empty: the conversation starts again, nothing is half-written.
    expect(await store.read('conversation-1')).toBeUndefined();
    await store.close();
    await back.stop();
  });
});
