import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '../../src/store/redisConnection';
import { RedisTurnLock, type RedisTurnLockTiming } from '../../src/store/redisTurnLock';
import type { StoreOperation, TurnLock } from '../../src/store/stateStore';
import { TurnLockTimeoutError } from '../../src/store/turnLockTimeoutError';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { turnLockContract } from './turnLockContract';

let server: RedisServer;
let prefixes = 0;
const connections = new Map<TurnLock, RedisConnection>();

/** A lock as one instance has it: its own connection, keys shared with the other instances of the test. */
function instance(prefix: string, timing: RedisTurnLockTiming): { lock: RedisTurnLock; connection: RedisConnection } {
  const connection = new RedisConnection(server.url, {}, prefix);
  const lock = new RedisTurnLock(connection, timing);
  connections.set(lock, connection);
  return { lock, connection };
}

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisTurnLock'), () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all([...connections.values()].map((connection) => connection.close()));
    await server?.stop();
  });

  turnLockContract(
    async (waitMs) => instance(`contract-${(prefixes += 1)}:`, { lockMs: 5_000, waitMs }).lock,
    async (lock) => connections.get(lock)?.close(),
  );

  it('never runs two turns of one key at once across two instances, and runs every one', async () => {
    const timing = { lockMs: 5_000, waitMs: 10_000 };
    const [a, b] = [instance('instances:', timing), instance('instances:', timing)];
    let inside = 0;
    let most = 0;
    const ran: string[] = [];
    const turn = (name: string) => async () => {
      inside += 1;
      most = Math.max(most, inside);
      await sleep(2);
      ran.push(name);
      inside -= 1;
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => [a.lock.run('conversation-1', turn(`a${i}`)), b.lock.run('conversation-1', turn(`b${i}`))]).flat());
    expect(most).toBe(1);
    expect(ran).toHaveLength(40);
    // Within an instance the order of arrival holds.
    expect(ran.filter((name) => name.startsWith('a'))).toEqual(Array.from({ length: 20 }, (_, i) => `a${i}`));
    expect(ran.filter((name) => name.startsWith('b'))).toEqual(Array.from({ length: 20 }, (_, i) => `b${i}`));
  });

  it('waits for the lock of an instance that died mid-turn only until it expires', async () => {
    const { lock, connection } = instance('dead-holder:', { lockMs: 600, waitMs: 5_000 });
    // What a SIGKILLed instance leaves behind: its lock, with nobody left to renew or release it.
    await connection.client.set(connection.keyOf('lock', 'conversation-1'), 'token-of-a-dead-instance', 'PX', 600);
    const asked = Date.now();
    const waited = await lock.run('conversation-1', async () => Date.now() - asked);
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(1_200);
  });

  it('keeps the lock of a live turn that outlasts lockMs: the other instance waits until that turn ends', async () => {
    const timing = { lockMs: 600, waitMs: 5_000 };
    const [a, b] = [instance('long-turn:', timing), instance('long-turn:', timing)];
    const events: string[] = [];
    const long = a.lock.run('conversation-1', async () => {
      events.push('a starts');
      await sleep(1_500);
      events.push('a ends');
    });
    await sleep(50);
    await b.lock.run('conversation-1', async () => {
      events.push('b starts');
    });
    await long;
    expect(events).toEqual(['a starts', 'a ends', 'b starts']);
  });

  it('releases its lock when the turn ends, and never a lock that is no longer its own', async () => {
    const { lock, connection } = instance('release:', { lockMs: 5_000, waitMs: 5_000 });
    const key = connection.keyOf('lock', 'conversation-1');
    await lock.run('conversation-1', async () => {
      expect(await connection.client.exists(key)).toBe(1);
    });
    expect(await connection.client.exists(key)).toBe(0);
    await lock.run('conversation-1', async () => {
      // As if this lock had expired and another instance had taken the key since.
      await connection.client.set(key, 'token-of-another-instance', 'PX', 5_000);
    });
    expect(await connection.client.get(key)).toBe('token-of-another-instance');
  });

  it('gives up after waitMs on a lock held by another live instance, without running the turn', async () => {
    const timing = { lockMs: 5_000, waitMs: 300 };
    const [a, b] = [instance('held:', timing), instance('held:', timing)];
    const holding = a.lock.run('conversation-1', () => sleep(800));
    await sleep(20);
    let ran = false;
    const started = Date.now();
    await expect(
      b.lock.run('conversation-1', async () => {
        ran = true;
      }),
    ).rejects.toThrow(TurnLockTimeoutError);
    expect(Date.now() - started).toBeLessThan(800);
    expect(ran).toBe(false);
    await holding;
  });
});

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisTurnLock when Redis goes away'), () => {
  it('fails the turn without running it, and counts the failure as a lock error', async () => {
    const own = await startRedisServer();
    const errors: StoreOperation[] = [];
    const connection = new RedisConnection(own.url, { onError: (operation) => errors.push(operation) });
    const lock = new RedisTurnLock(connection, { lockMs: 5_000, waitMs: 5_000 });
    await lock.run('conversation-1', async () => undefined);
    await own.stop();
    let ran = false;
    await expect(
      lock.run('conversation-1', async () => {
        ran = true;
      }),
    ).rejects.toThrow();
    expect(ran).toBe(false);
    expect(errors).toContain('lock');
    await connection.close();
  });
});
