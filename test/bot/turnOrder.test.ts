import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import type { StateStore } from '../../src/store/stateStore';
import { expectRepliesMessage } from '../support/activities';
import { testAssistant } from '../support/assistant';
import { startBotServer, type BotServer } from '../support/botServer';
import { postJson } from '../support/http';
import { SDKS } from '../support/sdks';

/**
 * The store as the bot uses it, noting for each key how many turns are between their read and their write at
 * once: the turn lock must keep that at one within a conversation, and let conversations overlap.
 */
class ProbeStore implements StateStore {
  readonly open = new Map<string, number>();
  maxPerKey = 0;
  maxOverall = 0;
  conflicts = 0;
  private readonly inner = new MemoryStateStore(3_600_000);

  async read(key: string) {
    const open = (this.open.get(key) ?? 0) + 1;
    this.open.set(key, open);
    this.maxPerKey = Math.max(this.maxPerKey, open);
    this.maxOverall = Math.max(this.maxOverall, [...this.open.values()].reduce((a, b) => a + b, 0));
    // Long enough for a turn posted at the same time to reach the store, were it let in.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return this.inner.read(key);
  }

  async write(key: string, value: unknown, etag: string | undefined) {
    const written = await this.inner.write(key, value, etag);
    if (!written.ok) this.conflicts += 1;
    this.open.set(key, (this.open.get(key) ?? 1) - 1);
    return written;
  }

  delete = (key: string) => this.inner.delete(key);
  ping = () => this.inner.ping();
  close = () => this.inner.close();
}

describe.each(SDKS)('with %s', (sdk) => {
  describe('turns through the real server and adapter', () => {
    let server: BotServer;
    const store = new ProbeStore();
    beforeAll(async () => {
      server = await startBotServer({ sdk, bot: testAssistant({ store }) });
    });
    afterAll(async () => {
      await server.close();
    });

    it('run one at a time within a conversation, each applied once, without a write conflict', async () => {
      const first = expectRepliesMessage('hello');
      await postJson(server.messagesUrl, first);
      const conversation = first.conversation;
      const responses = await Promise.all(Array.from({ length: 20 }, () => postJson(server.messagesUrl, expectRepliesMessage('help', { conversation }))));
      expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
      expect(store.maxPerKey).toBe(1);
      expect(store.conflicts).toBe(0);
    });

    it('overlap across conversations', async () => {
      store.maxOverall = 0;
      await Promise.all(Array.from({ length: 10 }, () => postJson(server.messagesUrl, expectRepliesMessage('hello'))));
      expect(store.maxOverall).toBeGreaterThan(1);
    });
  });
});
