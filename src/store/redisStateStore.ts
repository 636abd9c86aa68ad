import { randomUUID } from 'node:crypto';
import type { RedisConnection } from './redisConnection';
import { stateFromJson, stateToJson } from './stateJson';
import type { StateStore, StoredState, WriteResult } from './stateStore';

/**
 * State in Redis, shared by every instance: one hash {etag, value} per key, expiring `idleMs` after its last
 * read or write (PEXPIRE in the same script), written by compare-and-set on the etag in a Lua script. Etags are
 * random, never reused, so a writer holding the etag of a deleted or expired state cannot overwrite a new one.
 */
export class RedisStateStore implements StateStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly idleMs: number,
  ) {}

  async read(key: string): Promise<StoredState | undefined> {
    const [etag, json] = await this.connection.command('read', (client) => client.readState(this.connection.keyOf('state', key), this.idleMs));
    if (etag === null || json === null) return undefined;
    return { value: stateFromJson(json), etag };
  }

  async write(key: string, value: unknown, etag: string | undefined): Promise<WriteResult> {
    const json = stateToJson(value);
    const written = randomUUID();
    const applied = await this.connection.command('write', (client) =>
      client.writeState(this.connection.keyOf('state', key), etag ?? '', written, json, this.idleMs),
    );
    return applied === 1 ? { ok: true, etag: written } : { ok: false, conflict: true };
  }

  async delete(key: string): Promise<void> {
    await this.connection.command('delete', (client) => client.del(this.connection.keyOf('state', key)));
  }

  ping(): Promise<void> {
    return this.connection.ping();
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
