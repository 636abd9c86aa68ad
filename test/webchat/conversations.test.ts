import { describe, expect, it } from 'vitest';
import { CONVERSATION_IDLE_MS, Conversations, UNUSED_AFTER_MS } from '../../src/webchat/conversations';
import { manualClock } from '../support/webChatServer';

describe('open intranet conversations', () => {
  it('creates a conversation once and finds it again', () => {
    const conversations = new Conversations(Date.now);
    const first = conversations.openOrCreate('a', 'dl_1');
    const again = conversations.openOrCreate('a', 'dl_1');
    expect(first).toMatchObject({ created: true });
    expect(again).toMatchObject({ created: false });
    expect(first.conversation).toBe(again.conversation);
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

  it('gives a new conversation the place of the least recently used one left without a clinician message when full', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 3);
    const screening = conversations.openOrCreate('a screening', 'dl_1').conversation;
    screening.hasClinicianMessage = true;
    clock.advance(1000);
    conversations.openOrCreate('opened first', 'dl_2');
    clock.advance(1000);
    conversations.openOrCreate('opened second', 'dl_3');
    clock.advance(UNUSED_AFTER_MS);
    expect(conversations.get('opened first')).toBeDefined();
    expect(conversations.openOrCreate('new', 'dl_4')).toMatchObject({ created: true });
    expect(conversations.size).toBe(3);
    // The screening is the least recently used, but has the clinician's answers; of the two opened, the second was used last.
    expect(conversations.get('opened second')).toBeUndefined();
    expect(conversations.get('a screening')).toBe(screening);
    expect(conversations.get('opened first')).toBeDefined();
  });

  it('takes a page just opened for one left behind only after UNUSED_AFTER_MS', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    conversations.openOrCreate('a screening', 'dl_1').conversation.hasClinicianMessage = true;
    clock.advance(1000);
    conversations.openOrCreate('just opened', 'dl_2');
    clock.advance(UNUSED_AFTER_MS - 1);
    conversations.openOrCreate('new', 'dl_3');
    // Not yet left behind: the least recently used of all gave its place.
    expect(conversations.get('just opened')).toBeDefined();
    expect(conversations.get('a screening')).toBeUndefined();
  });

  it('never refuses a new conversation: when every one has a clinician message, the least recently used gives its place', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    for (const id of ['a', 'b']) {
      conversations.openOrCreate(id, `dl_${id}`).conversation.hasClinicianMessage = true;
      clock.advance(1000);
    }
    // A page polling keeps its conversation the most recently used.
    conversations.get('a');
    expect(conversations.openOrCreate('c', 'dl_c')).toMatchObject({ created: true });
    expect(conversations.get('b')).toBeUndefined();
    expect(conversations.get('a')).toBeDefined();
  });

  it('makes room by expiring idle ones first', () => {
    const clock = manualClock();
    const conversations = new Conversations(clock.now, 2);
    conversations.openOrCreate('idle', 'dl_1').conversation.hasClinicianMessage = true;
    clock.advance(CONVERSATION_IDLE_MS / 2);
    conversations.openOrCreate('unused', 'dl_2');
    clock.advance(CONVERSATION_IDLE_MS / 2);
    conversations.openOrCreate('new', 'dl_3');
    expect(conversations.size).toBe(2);
    expect(conversations.get('unused')).toBeDefined();
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
