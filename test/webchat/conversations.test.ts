import { describe, expect, it } from 'vitest';
import { CONVERSATION_IDLE_MS, Conversations } from '../../src/webchat/conversations';
import { manualClock } from '../support/webChatServer';

describe('open intranet conversations', () => {
  it('creates a conversation once and finds it again', () => {
    const conversations = new Conversations(Date.now);
    const first = conversations.openOrCreate('a', 'dl_1');
    const again = conversations.openOrCreate('a', 'dl_1');
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(first.ok && again.ok && first.conversation === again.conversation).toBe(true);
  });

  it('forgets a conversation left idle, and use keeps one alive', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now);
    conversations.openOrCreate('idle', 'dl_1');
    conversations.openOrCreate('used', 'dl_2');
    for (let i = 0; i < 3; i++) {
      clock.advance(CONVERSATION_IDLE_MS / 2);
      expect(conversations.get('used')).toBeDefined();
    }
    expect(conversations.get('idle')).toBeUndefined();
  });

  it('refuses new conversations beyond its limit until idle ones expire', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    conversations.openOrCreate('a', 'dl_1');
    conversations.openOrCreate('b', 'dl_2');
    expect(conversations.openOrCreate('c', 'dl_3')).toEqual({ ok: false, problem: 'full' });
    clock.advance(CONVERSATION_IDLE_MS);
    expect(conversations.openOrCreate('c', 'dl_3')).toMatchObject({ ok: true, created: true });
    expect(conversations.size).toBe(1);
  });

  it('forgets sooner when told a shorter idle time (STATE_IDLE_HOURS under an hour)', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 10, 30 * 60 * 1000);
    conversations.openOrCreate('a', 'dl_1');
    clock.advance(29 * 60 * 1000);
    expect(conversations.get('a')).toBeDefined();
    clock.advance(30 * 60 * 1000);
    expect(conversations.get('a')).toBeUndefined();
  });

  it('runs the work queued on one conversation one after the other', async () => {
    const conversations = new Conversations(Date.now);
    const opened = conversations.openOrCreate('a', 'dl_1');
    if (!opened.ok) throw new Error('expected the conversation to open');
    const order: string[] = [];
    const slow = opened.conversation.enqueue(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('slow');
      throw new Error('a failed turn does not stop the queue');
    });
    const fast = opened.conversation.enqueue(async () => {
      order.push('fast');
    });
    await expect(slow).rejects.toThrow('a failed turn');
    await fast;
    expect(order).toEqual(['slow', 'fast']);
  });
});
