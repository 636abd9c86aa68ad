/** A turn gave up waiting for the turn before it under the same key; it did not run. */
export class TurnLockTimeoutError extends Error {
  override readonly name = 'TurnLockTimeoutError';

  constructor(waitMs: number) {
    super(`waited more than ${waitMs} ms for the previous turn under the same key to end; this turn did not run`);
  }
}
