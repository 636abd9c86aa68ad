import type { TurnLock } from './stateStore';
import { TurnLockTimeoutError } from './turnLockTimeoutError';

/**
 * How long a turn waits at most for the turns queued before it under its key: longer than a turn whose replies
 * meet a slow channel may take (REPLY_TIMEOUT_SECONDS, default 15 s), so the turn behind it still runs.
 */
export const DEFAULT_TURN_WAIT_MS = 30_000;

/**
 * The turns of one key, one after the other in the order they arrived, within this process: a queue per key
 * (the tail of a promise chain), removed when its last turn ends. Different keys run at the same time.
 * A turn that awaits another turn of its own key would wait for itself: it gives up at the deadline.
 */
export class MemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly waitMs = DEFAULT_TURN_WAIT_MS) {}

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.runBefore(key, Date.now() + this.waitMs, work);
  }

  /** As run, with the deadline for starting given (the Redis lock shares one deadline between its two waits). */
  async runBefore<T>(key: string, deadline: number, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    // The next turn waits for this one and, should this one give up waiting, still for the one before it.
    // `previous` never rejects: tails only ever resolve.
    const tail = previous.then(() => finished);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    try {
      await beforeDeadline(previous, deadline, this.waitMs);
      return await work();
    } finally {
      finish();
    }
  }

  /** Keys with a running or queued turn; for tests and diagnostics. */
  get activeKeys(): number {
    return this.tails.size;
  }
}

function beforeDeadline(turn: Promise<void>, deadline: number, waitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TurnLockTimeoutError(waitMs)), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([turn, timeout]).finally(() => clearTimeout(timer));
}
