import { describe, expect, it } from 'vitest';
import { CONVERSATION_IDLE_MS, Conversations, EVICTABLE_AFTER_MS, type IntranetConversation, type OpenResult } from '../../src/webchat/conversations';
import { manualClock } from '../support/webChatServer';

function opened(result: OpenResult): IntranetConversation {
  if (!result.ok) throw new Error('expected the conversation to open');
  return result.conversation;
}

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

  it('gives the place of a conversation without a clinician message to a new one when full, the least recently used first', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    const older = opened(conversations.openOrCreate('opened first', 'dl_1'));
    clock.advance(1000);
    opened(conversations.openOrCreate('opened second', 'dl_2'));
    clock.advance(1000);
    expect(conversations.get('opened first')).toBe(older);
    expect(conversations.openOrCreate('new', 'dl_3')).toMatchObject({ ok: true, created: true });
    expect(conversations.size).toBe(2);
    // The first was used last: the second gave its place.
    expect(conversations.get('opened second')).toBeUndefined();
    expect(conversations.get('opened first')).toBe(older);
  });

  it('keeps a screening under way: refuses a new conversation while every one has a clinician message and was used lately', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    for (const id of ['a', 'b']) opened(conversations.openOrCreate(id, `dl_${id}`)).hasClinicianMessage = true;
    clock.advance(EVICTABLE_AFTER_MS - 1);
    expect(conversations.openOrCreate('c', 'dl_c')).toEqual({ ok: false, problem: 'full' });
    clock.advance(1);
    expect(conversations.openOrCreate('c', 'dl_c')).toMatchObject({ ok: true, created: true });
    expect(conversations.size).toBe(2);
  });

  it('takes the place of the stalest screening only after the ones without a clinician message', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 3);
    opened(conversations.openOrCreate('stale screening', 'dl_1')).hasClinicianMessage = true;
    clock.advance(EVICTABLE_AFTER_MS);
    opened(conversations.openOrCreate('fresh, never answered', 'dl_2'));
    opened(conversations.openOrCreate('another screening', 'dl_3')).hasClinicianMessage = true;
    opened(conversations.openOrCreate('d', 'dl_4'));
    expect(conversations.get('fresh, never answered')).toBeUndefined();
    expect(conversations.get('stale screening')).toBeDefined();
  });

  it('refuses nothing once idle ones have expired', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 1);
    opened(conversations.openOrCreate('a', 'dl_1')).hasClinicianMessage = true;
    clock.advance(CONVERSATION_IDLE_MS);
    expect(conversations.openOrCreate('b', 'dl_2')).toMatchObject({ ok: true, created: true });
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
