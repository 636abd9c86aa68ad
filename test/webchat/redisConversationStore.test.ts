import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '../../src/store/redisConnection';
import { conversationLimits } from '../../src/webchat/conversationStore';
import { RedisConversationStore } from '../../src/webchat/redisConversationStore';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { conversationStoreContract } from './conversationStoreContract';

let server: RedisServer;
let prefixes = 0;
// Each store gets keys of its own on the one server.
const nextPrefix = () => `webchat-test-${(prefixes += 1)}:`;

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisConversationStore'), () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  conversationStoreContract(async (limits, now) => {
    const connection = new RedisConnection(server.url, {}, nextPrefix());
    return { store: new RedisConversationStore(connection, now, limits), close: () => connection.close() };
  });

  it('gives every instance the same conversations: opened on one, posted to on another, read on a third', async () => {
    const prefix = nextPrefix();
    const [a, b, c] = [1, 2, 3].map(() => new RedisConnection(server.url, {}, prefix));
    const [storeA, storeB, storeC] = [a, b, c].map((connection) => new RedisConversationStore(connection!, Date.now));
    expect(await storeA!.open('conv')).toBe(true);
    expect(await storeB!.open('conv')).toBe(false);
    const recorded = await storeB!.recordPost('conv', { type: 'message', text: 'lupus' }, 'client-1');
    await storeC!.recordReplies('conv', [{ type: 'message', text: 'Noted' }], 'client-1');
    expect(await storeA!.recordPost('conv', { type: 'message', text: 'lupus' }, 'client-1')).toEqual({ answered: true, id: 'conv|0000001' });
    expect(recorded).toMatchObject({ answered: false, echo: { id: 'conv|0000001' } });
    expect((await storeC!.since('conv', undefined))?.activities.map((activity) => activity.text)).toEqual(['lupus', 'Noted']);
    expect(await storeA!.openCount()).toBe(1);
    await Promise.all([a, b, c].map((connection) => connection!.close()));
  });

  it('keeps nothing that names a conversation in key names, and every key expires within the idle time', async () => {
    const prefix = nextPrefix();
    const connection = new RedisConnection(server.url, {}, prefix);
    const store = new RedisConversationStore(connection, Date.now, conversationLimits(60_000));
    await store.open('conversation-id-1234');
    const recorded = await store.recordPost('conversation-id-1234', { type: 'message', text: 'plt 48k' }, 'client-id-5678');
    await store.recordReplies('conversation-id-1234', [{ type: 'message', text: 'Noted' }], 'client-id-5678');
    expect(recorded).toMatchObject({ answered: false });
    const keys = await connection.client.keys(`${prefix}*`);
    expect(keys.sort()).toEqual(
      // The index of open conversations, the conversation, its log and its answered posts: none pending, and no
      // conversation without a clinician's message (those empty sorted sets are no keys).
      ['webchat-open', 'webchat:H', 'webchat:H:log', 'webchat:H:posted'].map((key) => expect.stringMatching(keyPattern(prefix, key))),
    );
    for (const key of keys) {
      expect(key).not.toMatch(/conversation-id|client-id/);
      const ttl = await connection.client.pttl(key);
      expect(ttl, key).toBeGreaterThan(55_000);
      expect(ttl, key).toBeLessThanOrEqual(60_000);
    }
    await connection.close();
  });

  it('leaves nothing in Redis once the idle time has passed', async () => {
    const prefix = nextPrefix();
    const connection = new RedisConnection(server.url, {}, prefix);
    const store = new RedisConversationStore(connection, Date.now, conversationLimits(300));
    await store.open('conv');
    await store.recordPost('conv', { type: 'message', text: 'lupus' }, 'client-1');
    expect(await connection.client.keys(`${prefix}*`)).not.toEqual([]);
    await sleep(400);
    expect(await connection.client.keys(`${prefix}*`)).toEqual([]);
    expect(await store.touch('conv')).toBe(false);
    await connection.close();
  });
});

/** A key of the store: `H` stands for the hashed conversation id. */
function keyPattern(prefix: string, key: string): RegExp {
  const escaped = `${prefix}${key}`.replace(/[|\\{}()[\]^$+*?.]/g, '\\$&');
  return new RegExp(`^${escaped.replace('H', '[A-Za-z0-9_-]{43}')}$`);
}
