import type { RedisScript } from '../store/redisScripts';

/**
 * The intranet channel's conversations in Redis, each step one Lua script so that instances sharing the Redis
 * never see half of one. Per conversation, under its hashed key K (expiring with the idle time, as do the rest):
 * - K, a hash: `used` (the last use, in the callers' milliseconds), `appended` (activities ever appended: the
 *   watermark), `time` (the last activity's timestamp), `bytes` (the log's size as ActivityLog counts it);
 * - K:log, a list of the activities kept, each "<bytes> <time> <JSON without id and timestamp>", the id following
 *   from the position (the last one's sequence number is `appended`);
 * - K:posted and K:pending, sorted sets of client ids scored by their echo's sequence number: posts answered, and
 *   posts recorded whose turn has not ended.
 * Two sorted sets index the open conversations by last use: all of them, and those without a clinician's
 * message. Each script gets K and the two indexes as KEYS; ARGV[1] is now and ARGV[2] the idle time.
 * Evicting or forgetting a conversation deletes keys named after it, so the channel runs on a standalone Redis
 * (or one behind Sentinel), not on a Redis Cluster.
 */
const PRELUDE = `
local meta, open, unused = KEYS[1], KEYS[2], KEYS[3]
local now, idle = tonumber(ARGV[1]), tonumber(ARGV[2])
local log, posted, pending = meta .. ':log', meta .. ':posted', meta .. ':pending'

local function forget(conversation)
  redis.call('DEL', conversation, conversation .. ':log', conversation .. ':posted', conversation .. ':pending')
  redis.call('ZREM', open, conversation)
  redis.call('ZREM', unused, conversation)
end

-- As the memory store: a conversation left for the idle time is gone, whatever its keys' TTL says yet.
local function isOpen()
  local used = tonumber(redis.call('HGET', meta, 'used'))
  if used == nil then return false end
  if now - used >= idle then
    forget(meta)
    return false
  end
  return true
end

local function use()
  redis.call('HSET', meta, 'used', now)
  redis.call('ZADD', open, 'XX', now, meta)
  redis.call('ZADD', unused, 'XX', now, meta)
  for _, key in ipairs({meta, log, posted, pending, open, unused}) do redis.call('PEXPIRE', key, idle) end
end
`;

// ARGV[3] and ARGV[4]: the log's limits in activities and bytes; ARGV[5]: client ids remembered.
const RECORDING = `
local countLimit, byteLimit, remembered = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5])

-- Stamps the next sequence number and a time after the last (Web Chat orders by timestamp), drops the oldest
-- beyond the limits but never the newest, as ActivityLog.append does.
local function append(bytes, json)
  local sequence = redis.call('HINCRBY', meta, 'appended', 1)
  local time = math.max(now, tonumber(redis.call('HGET', meta, 'time')) + 1)
  redis.call('HSET', meta, 'time', time)
  redis.call('RPUSH', log, bytes .. ' ' .. time .. ' ' .. json)
  local kept = redis.call('HINCRBY', meta, 'bytes', bytes)
  local count = redis.call('LLEN', log)
  while count > 1 and (count > countLimit or kept > byteLimit) do
    local oldest = redis.call('LPOP', log)
    kept = redis.call('HINCRBY', meta, 'bytes', -tonumber(string.match(oldest, '^%d+')))
    count = count - 1
  end
  redis.call('PEXPIRE', log, idle)
  return sequence, time
end

local function remember(set, clientId, sequence)
  redis.call('ZADD', set, sequence, clientId)
  redis.call('ZREMRANGEBYRANK', set, 0, -(remembered + 1))
  redis.call('PEXPIRE', set, idle)
end
`;

const script = (lua: string, ...parts: string[]): RedisScript => ({ numberOfKeys: 3, lua: [PRELUDE, ...parts, lua].join('\n') });

export const CONVERSATION_SCRIPTS = {
  // ARGV[3]: open conversations at most; ARGV[4]: how long one without a clinician's message is left before it
  // gives its place first. Same order as MemoryConversationStore.open: expired ones go, then one gives its place.
  webchatOpen: script(`
if isOpen() then
  use()
  return 0
end
for _, conversation in ipairs(redis.call('ZRANGEBYSCORE', open, '-inf', now - idle)) do forget(conversation) end
if redis.call('ZCARD', open) >= tonumber(ARGV[3]) then
  local victim = redis.call('ZRANGEBYSCORE', unused, '-inf', now - tonumber(ARGV[4]), 'LIMIT', 0, 1)[1] or redis.call('ZRANGE', open, 0, 0)[1]
  if victim then forget(victim) end
end
redis.call('HSET', meta, 'appended', 0, 'bytes', 0, 'time', 0)
redis.call('ZADD', open, now, meta)
redis.call('ZADD', unused, now, meta)
use()
return 1`),

  webchatTouch: script(`
if not isOpen() then return 0 end
use()
return 1`),

  // ARGV[6]: the client id ('' for none); ARGV[7]: '1' for a message; ARGV[8] and ARGV[9]: the activity's bytes and JSON.
  webchatRecordPost: script(
    `
if not isOpen() then return false end
use()
local clientId = ARGV[6]
if clientId ~= '' then
  local answered = redis.call('ZSCORE', posted, clientId)
  if answered then return {'answered', answered} end
  local waiting = redis.call('ZSCORE', pending, clientId)
  if waiting then return {'waiting', waiting} end
end
local sequence, time = append(ARGV[8], ARGV[9])
if clientId ~= '' then remember(pending, clientId, sequence) end
if ARGV[7] == '1' then redis.call('ZREM', unused, meta) end
return {'new', sequence, time}`,
    RECORDING,
  ),

  // ARGV[6]: the client id of the post answered ('' for none); then each reply's bytes and JSON.
  webchatRecordReplies: script(
    `
if not isOpen() then return 0 end
use()
for i = 7, #ARGV, 2 do append(ARGV[i], ARGV[i + 1]) end
local clientId = ARGV[6]
if clientId ~= '' then
  local sequence = redis.call('ZSCORE', pending, clientId)
  if sequence then
    redis.call('ZREM', pending, clientId)
    remember(posted, clientId, sequence)
  end
end
return 1`,
    RECORDING,
  ),

  // ARGV[3]: the activities the caller has seen. A count beyond the log's reads from the oldest kept.
  webchatRead: script(`
if not isOpen() then return false end
use()
local appended = tonumber(redis.call('HGET', meta, 'appended'))
local seen = tonumber(ARGV[3])
if seen > appended then seen = 0 end
local firstKept = appended - redis.call('LLEN', log)
return {appended, redis.call('LRANGE', log, math.max(0, seen - firstKept), -1)}`),
} as const satisfies Record<string, RedisScript>;

type Keys = [conversation: string, open: string, unused: string];
type Recording = [...Keys, now: number, idleMs: number, countLimit: number, byteLimit: number, remembered: number, clientId: string];

/** The commands ioredis defines for CONVERSATION_SCRIPTS (replies as Redis sends them: scores are strings). */
export interface ConversationScriptCommands {
  webchatOpen(...args: [...Keys, now: number, idleMs: number, limit: number, unusedAfterMs: number]): Promise<0 | 1>;
  webchatTouch(...args: [...Keys, now: number, idleMs: number]): Promise<0 | 1>;
  webchatRecordPost(
    ...args: [...Recording, message: '0' | '1', bytes: number, json: string]
  ): Promise<null | ['answered' | 'waiting', string] | ['new', number, number]>;
  webchatRecordReplies(...args: [...Recording, ...replies: Array<number | string>]): Promise<0 | 1>;
  webchatRead(...args: [...Keys, now: number, idleMs: number, seen: number]): Promise<null | [number, string[]]>;
}
