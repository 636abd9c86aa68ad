/** A Lua script and how many of its arguments are keys (ioredis's defineCommand). */
export interface RedisScript {
  numberOfKeys: number;
  lua: string;
}

/**
 * The steps that must be atomic in Redis, as Lua scripts (run with EVALSHA by ioredis). A state is a hash
 * {etag, value}; a lock is a string holding its holder's token. Times are milliseconds.
 */
export const REDIS_SCRIPTS = {
  // Reading is a use: it restarts the idle time, as a write does.
  readState: {
    numberOfKeys: 1,
    lua: `
local stored = redis.call('HMGET', KEYS[1], 'etag', 'value')
if stored[1] then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return stored`,
  },
  // Compare-and-set: ARGV[1] is the etag the writer read ('' = it read nothing), ARGV[2] the new etag.
  writeState: {
    numberOfKeys: 1,
    lua: `
local current = redis.call('HGET', KEYS[1], 'etag') or ''
if current ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'value', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`,
  },
  // Only the holder (its token) may extend or release a lock: one that expired may have a new holder.
  renewLock: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`,
  },
  releaseLock: {
    numberOfKeys: 1,
    lua: `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`,
  },
} as const satisfies Record<string, RedisScript>;

/** The commands ioredis defines on the client for REDIS_SCRIPTS. */
export interface RedisScriptCommands {
  readState(key: string, idleMs: number): Promise<[string | null, string | null]>;
  writeState(key: string, expectedEtag: string, etag: string, json: string, idleMs: number): Promise<0 | 1>;
  renewLock(key: string, token: string, lockMs: number): Promise<0 | 1>;
  releaseLock(key: string, token: string): Promise<0 | 1>;
}
