/** A stored value with the eTag of the write that stored it. */
export interface StoredState {
  value: unknown;
  etag: string;
}

export type WriteResult = { ok: true; etag: string } | { ok: false; conflict: true };

/**
 * Keyed state with optimistic concurrency: a write names the eTag it read, and is refused when another write
 * came in between, so the caller re-reads and works again on fresh state instead of overwriting it. Values are
 * stored as JSON: what is read back is a copy, as JSON.parse(JSON.stringify(value)) would make it.
 */
export interface StateStore {
  /** undefined: absent, or expired after the idle time without use. Reading refreshes the idle time. */
  read(key: string): Promise<StoredState | undefined>;
  /** Writes when the stored etag is still `etag` (undefined = only if absent); refreshes the idle time. */
  write(key: string, value: unknown, etag: string | undefined): Promise<WriteResult>;
  delete(key: string): Promise<void>;
  /** For readiness checks: rejects when the store is unreachable. */
  ping(): Promise<void>;
  /** Closes the store's connection (shared with the turn lock and the pre-screening log made with it). */
  close(): Promise<void>;
}

/** Runs the work of one key after the work of that key started before it, never at the same time. */
export interface TurnLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** What a store was doing when it failed; a small closed set, fit for a metric label. */
export type StoreOperation = 'connect' | 'read' | 'write' | 'delete' | 'ping' | 'lock' | 'unlock' | 'log';

export interface StoreHooks {
  /** Called once per failed store command (the metrics' storeError); the command's error still reaches the caller. */
  onError?: (operation: StoreOperation) => void;
}
