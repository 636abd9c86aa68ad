import { createHash } from 'node:crypto';
import { Redis, ReplyError } from 'ioredis';
import { REDIS_SCRIPTS, type RedisScript, type RedisScriptCommands } from './redisScripts';
import type { StoreHooks, StoreOperation } from './stateStore';
import { StoreUnreachableError } from './storeUnreachableError';

export type ScriptedRedis = Redis & RedisScriptCommands;

/** Every key this bot writes starts with it, so a Redis shared with other applications stays readable. */
const DEFAULT_KEY_PREFIX = 'trial-screening:';

// A turn should fail within seconds when Redis is gone, not wait for it: commands issued while disconnected wait
// for one reconnection attempt, and a command without a reply (a hung server) fails after COMMAND_TIMEOUT_MS.
const CLIENT_OPTIONS = {
  connectTimeout: 2_000,
  commandTimeout: 5_000,
  maxRetriesPerRequest: 1,
  retryStrategy: (attempt: number) => Math.min(attempt * 100, 2_000),
  scripts: REDIS_SCRIPTS,
} as const;

/**
 * The one Redis client of this process, shared by the state store, the turn lock and the pre-screening log.
 * Keys are hashed: conversation and user ids are not kept in the clear in Redis's key space. Failed commands
 * are counted through `onError`; nothing here logs, so no key or value can reach a log line.
 */
export class RedisConnection {
  readonly client: ScriptedRedis;

  constructor(
    url: string,
    private readonly hooks: StoreHooks = {},
    private readonly prefix = DEFAULT_KEY_PREFIX,
  ) {
    this.client = new Redis(url, CLIENT_OPTIONS) as ScriptedRedis;
    // Without a listener ioredis prints every failed reconnection attempt; each one is counted instead.
    this.client.on('error', () => this.hooks.onError?.('connect'));
  }

  /** The Redis key for `key` of a kind of entry (state, lock, an intranet Web Chat conversation). */
  keyOf(kind: 'state' | 'lock' | 'webchat', key: string): string {
    return `${this.prefix}${kind}:${createHash('sha256').update(key).digest('base64url')}`;
  }

  /** A key of its own for one shared structure, such as the pre-screening log's stream. */
  namedKey(name: string): string {
    return `${this.prefix}${name}`;
  }

  /**
   * Defines another module's Lua scripts on the client, as REDIS_SCRIPTS are (EVALSHA, loaded on first use): the
   * module keeps its scripts beside the code that reads what they write. Each becomes a method named after it.
   */
  defineScripts(scripts: Readonly<Record<string, RedisScript>>): void {
    for (const [name, script] of Object.entries(scripts)) this.client.defineCommand(name, script);
  }

  /**
   * Sends a command, counting its failure under `operation`. A failure other than Redis's own error reply (the
   * connection closed, its retries ran out, no reply in time) reaches the caller as a StoreUnreachableError, so
   * callers can tell "try again soon" from a fault.
   */
  async command<T>(operation: StoreOperation, send: (client: ScriptedRedis) => Promise<T>): Promise<T> {
    try {
      return await send(this.client);
    } catch (error) {
      this.hooks.onError?.(operation);
      if (error instanceof ReplyError) throw error;
      throw new StoreUnreachableError(this.client.status, { cause: error });
    }
  }

  async ping(): Promise<void> {
    // Commands wait for a reconnection; a readiness check must answer now.
    if (this.client.status !== 'ready') {
      this.hooks.onError?.('ping');
      throw new StoreUnreachableError(this.client.status);
    }
    await this.command('ping', (client) => client.ping());
  }

  async close(): Promise<void> {
    if (this.client.status === 'ready') {
      await this.client.quit().catch(() => this.client.disconnect());
    } else {
      this.client.disconnect();
    }
  }
}
