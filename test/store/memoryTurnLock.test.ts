import { describe, expect, it } from 'vitest';
import { MemoryTurnLock } from '../../src/store/memoryTurnLock';
import { deferred, turnLockContract } from './turnLockContract';

describe('MemoryTurnLock', () => {
  turnLockContract(
    async (waitMs) => new MemoryTurnLock(waitMs),
    async () => undefined,
  );

  it('keeps nothing for a key once its last turn has ended, even after a turn gave up waiting', async () => {
    const lock = new MemoryTurnLock(50);
    const first = deferred();
    const running = lock.run('conversation-1', () => first.promise);
    await expect(lock.run('conversation-1', async () => undefined)).rejects.toThrow(/waited more than 50 ms/);
    expect(lock.activeKeys).toBe(1);
    first.resolve();
    await running;
    await new Promise((resolve) => setImmediate(resolve));
    expect(lock.activeKeys).toBe(0);
  });
});
