import { MemoryStorage, type Storage, type StoreItems } from 'botbuilder';

/** How often at most the whole store is swept for idle items; each key read is checked on its own anyway. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Conversation state in memory, each conversation forgotten once it has been neither read nor written
 * for `idleMs`: a screening's answers do not outlive their use, and memory does not grow with every
 * conversation the server has ever had. A restart forgets everything, which also means no patient data
 * is kept at rest. A durable store (Azure Blob, Cosmos DB, with their own expiry) plugs in here instead.
 */
export class ExpiringMemoryStorage implements Storage {
  private readonly items = new MemoryStorage();
  private readonly lastUsed = new Map<string, number>();
  private lastSweep: number;

  constructor(
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.lastSweep = now();
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.forget(keys.filter((key) => this.isIdle(key)));
    await this.sweep();
    this.touch(keys.filter((key) => this.lastUsed.has(key)));
    return this.items.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.sweep();
    await this.items.write(changes);
    this.touch(Object.keys(changes));
  }

  async delete(keys: string[]): Promise<void> {
    await this.forget(keys);
  }

  /** Conversations currently kept. */
  get size(): number {
    return this.lastUsed.size;
  }

  private isIdle(key: string): boolean {
    const used = this.lastUsed.get(key);
    return used !== undefined && this.now() - used >= this.idleMs;
  }

  private touch(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) this.lastUsed.set(key, now);
  }

  private async sweep(): Promise<void> {
    if (this.now() - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = this.now();
    await this.forget([...this.lastUsed.keys()].filter((key) => this.isIdle(key)));
  }

  private async forget(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.lastUsed.delete(key);
    await this.items.delete(keys);
  }
}

export const HOUR_MS = 3_600_000;

/** Where conversation state lives: in memory, forgotten after `idleHours` without use (STATE_IDLE_HOURS). */
export function createStorage(idleHours: number): Storage {
  return new ExpiringMemoryStorage(idleHours * HOUR_MS);
}
