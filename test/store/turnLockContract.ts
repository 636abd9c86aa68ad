import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import type { TurnLock } from '../../src/store/stateStore';
import { TurnLockTimeoutError } from '../../src/store/turnLockTimeoutError';

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

/**
 * What every TurnLock must do. `open(waitMs)` gives a lock whose turns wait at most waitMs for the turns
 * before them; `close` ends what open made.
 */
export function turnLockContract(open: (waitMs: number) => Promise<TurnLock>, close: (lock: TurnLock) => Promise<void>): void {
  it('runs the turns of one key one after the other, in the order they arrived', async () => {
    const lock = await open(10_000);
    const events: string[] = [];
    // Earlier turns take longer: overlapping or reordered turns would show in the events.
    await Promise.all(
      [0, 1, 2, 3, 4].map((turn) =>
        lock.run('conversation-1', async () => {
          events.push(`start ${turn}`);
          await sleep((5 - turn) * 10);
          events.push(`end ${turn}`);
        }),
      ),
    );
    expect(events).toEqual([0, 1, 2, 3, 4].flatMap((turn) => [`start ${turn}`, `end ${turn}`]));
    await close(lock);
  });

  it('runs turns of different keys at the same time', async () => {
    const lock = await open(10_000);
    const first = deferred();
    const blocked = lock.run('conversation-1', () => first.promise);
    await expect(lock.run('conversation-2', async () => 'ran')).resolves.toBe('ran');
    first.resolve();
    await blocked;
    await close(lock);
  });

  it("gives back the turn's result, passes its error on, and runs the next turn after a failed one", async () => {
    const lock = await open(10_000);
    const failing = lock.run('conversation-1', async () => {
      throw new RangeError('turn failed');
    });
    const next = lock.run('conversation-1', async () => 42);
    await expect(failing).rejects.toThrow(RangeError);
    await expect(next).resolves.toBe(42);
    await close(lock);
  });

  it('refuses a turn that cannot start within waitMs, without running it, and later turns still wait their turn', async () => {
    const lock = await open(300);
    const events: string[] = [];
    const first = deferred();
    const running = lock.run('conversation-1', async () => {
      await first.promise;
      events.push('end 1');
    });
    let secondRan = false;
    const second = lock.run('conversation-1', async () => {
      secondRan = true;
    });
    await expect(second).rejects.toThrow(TurnLockTimeoutError);
    expect(secondRan).toBe(false);
    const third = lock.run('conversation-1', async () => {
      events.push('start 3');
    });
    await sleep(50);
    first.resolve();
    await Promise.all([running, third]);
    expect(events).toEqual(['end 1', 'start 3']);
    await close(lock);
  });
}
