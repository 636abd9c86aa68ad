import { describe, expect, it } from 'vitest';
import { ExpiringMemoryStorage } from '../../src/storage';
import { manualClock } from '../support/webChatServer';

const HOUR = 3_600_000;
const item = (n: number) => ({ answers: { n }, eTag: '*' });

describe('conversation state in memory', () => {
  it('forgets a conversation left idle for the configured time, and keeps one still in use', async () => {
    const clock = manualClock();
    const storage = new ExpiringMemoryStorage(12 * HOUR, clock.now);
    await storage.write({ 'webchat/conversations/a/': item(1), 'msteams/conversations/b/': item(2) });
    clock.advance(11 * HOUR);
    expect(Object.keys(await storage.read(['msteams/conversations/b/']))).toEqual(['msteams/conversations/b/']);
    clock.advance(1 * HOUR);
    // a: 12 hours without use; b: read an hour ago.
    expect(await storage.read(['webchat/conversations/a/'])).toEqual({});
    expect((await storage.read(['msteams/conversations/b/']))['msteams/conversations/b/']).toMatchObject({ answers: { n: 2 } });
    expect(storage.size).toBe(1);
  });

  it('sweeps idle conversations that are never read again, so memory does not grow with every conversation', async () => {
    const clock = manualClock();
    const storage = new ExpiringMemoryStorage(HOUR, clock.now);
    for (let i = 0; i < 100; i++) await storage.write({ [`webchat/conversations/${i}/`]: item(i) });
    clock.advance(2 * HOUR);
    await storage.write({ 'webchat/conversations/new/': item(0) });
    expect(storage.size).toBe(1);
  });

  it('deletes on request', async () => {
    const storage = new ExpiringMemoryStorage(HOUR);
    await storage.write({ k: item(1) });
    await storage.delete(['k']);
    expect(await storage.read(['k'])).toEqual({});
    expect(storage.size).toBe(0);
  });
});
