import { randomUUID } from 'node:crypto';
import { stateFromJson, stateToJson } from './stateJson';
import type { StateStore, StoredState, WriteResult } from './stateStore';

interface Entry {
  json: string;
  etag: string;
  expiresAt: number;
}

const CONFLICT: WriteResult = { ok: false, conflict: true };

/** How often at most every entry is checked for expiry; an entry being read or written is checked every time. */
const SWEEP_EVERY_MS = 60_000;

/**
 * State in this process's memory: nothing at rest, gone on restart, for one instance. An entry is forgotten
 * `idleMs` after its last read or write (exactly: an expired entry is never returned, and counts as absent for
 * a write), and every entry is swept at most once a minute so memory does not keep abandoned conversations.
 */
export class MemoryStateStore implements StateStore {
  private readonly entries = new Map<string, Entry>();
  private nextSweep: number;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.nextSweep = now() + Math.min(idleMs, SWEEP_EVERY_MS);
  }

  async read(key: string): Promise<StoredState | undefined> {
    const entry = this.live(key);
    if (entry === undefined) return undefined;
    entry.expiresAt = this.now() + this.idleMs;
    return { value: stateFromJson(entry.json), etag: entry.etag };
  }

  async write(key: string, value: unknown, etag: string | undefined): Promise<WriteResult> {
    const json = stateToJson(value);
    if (this.live(key)?.etag !== etag) return CONFLICT;
    const written: Entry = { json, etag: randomUUID(), expiresAt: this.now() + this.idleMs };
    this.entries.set(key, written);
    return { ok: true, etag: written.etag };
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.entries.clear();
  }

  /** Entries kept, expired ones not yet swept included; for tests and diagnostics. */
  get size(): number {
    return this.entries.size;
  }

  private live(key: string): Entry | undefined {
    this.sweep();
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  private sweep(): void {
    const now = this.now();
    if (now < this.nextSweep) return;
    this.nextSweep = now + Math.min(this.idleMs, SWEEP_EVERY_MS);
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
