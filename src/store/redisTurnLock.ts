import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_TURN_WAIT_MS, MemoryTurnLock } from './memoryTurnLock';
import type { RedisConnection } from './redisConnection';
import type { TurnLock } from './stateStore';
import { TurnLockTimeoutError } from './turnLockTimeoutError';

export interface RedisTurnLockTiming {
  /** How long a lock outlives its holder: an instance that dies holding it blocks its key this long at most. */
  lockMs: number;
  /** How long a turn waits at most for the turns before it, here and on other instances. */
  waitMs: number;
}

// A live holder renews its lock every third of lockMs, so only a dead one's lock runs out.
const DEFAULT_LOCK_TIMING: RedisTurnLockTiming = { lockMs: 5_000, waitMs: DEFAULT_TURN_WAIT_MS };

// Polling for a held lock: 2, 4, 8 … ms, at most 50, each with jitter so waiting instances do not poll in step.
const FIRST_PAUSE_MS = 2;
const LONGEST_PAUSE_MS = 50;

/**
 * The turns of one key one at a time across every instance sharing the Redis: SET NX PX takes the lock with
 * a random token, the holder renews it while its turn runs, and releases it with a token-checked script. Within
 * an instance, turns queue in arrival order (MemoryTurnLock) and only the first polls Redis. Across instances
 * turns never overlap; the one that takes the lock next after a release is the first to poll, which is close to
 * arrival order but not guaranteed.
 */
export class RedisTurnLock implements TurnLock {
  private readonly local: MemoryTurnLock;

  constructor(
    private readonly connection: RedisConnection,
    private readonly timing: RedisTurnLockTiming = DEFAULT_LOCK_TIMING,
  ) {
    this.local = new MemoryTurnLock(timing.waitMs);
  }

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.timing.waitMs;
    return this.local.runBefore(key, deadline, () => this.runLocked(this.connection.keyOf('lock', key), deadline, work));
  }

  private async runLocked<T>(lockKey: string, deadline: number, work: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    await this.acquire(lockKey, token, deadline);
    const renewal = setInterval(() => void this.renew(lockKey, token), this.timing.lockMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(renewal);
      await this.release(lockKey, token);
    }
  }

  private async acquire(lockKey: string, token: string, deadline: number): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      const taken = await this.connection.command('lock', (client) => client.set(lockKey, token, 'PX', this.timing.lockMs, 'NX'));
      if (taken === 'OK') return;
      const longest = Math.min(FIRST_PAUSE_MS * 2 ** attempt, LONGEST_PAUSE_MS);
      const pause = longest / 2 + Math.random() * (longest / 2);
      if (Date.now() + pause > deadline) throw new TurnLockTimeoutError(this.timing.waitMs);
      await sleep(pause);
    }
  }

  // A failed renewal or release is counted by the connection and goes no further: the turn has run (or is
  // running) either way, the lock runs out by itself within lockMs, and should another turn start meanwhile,
  // the state's etag refuses a write made from the state it replaced.
  private async renew(lockKey: string, token: string): Promise<void> {
    await this.connection.command('lock', (client) => client.renewLock(lockKey, token, this.timing.lockMs)).catch(() => undefined);
  }

  private async release(lockKey: string, token: string): Promise<void> {
    await this.connection.command('unlock', (client) => client.releaseLock(lockKey, token)).catch(() => undefined);
  }
}
