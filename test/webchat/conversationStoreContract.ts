import type { ActivityJson } from '../../src/botframework/activity';
import { expect, it } from 'vitest';
import { conversationLimits, UNUSED_AFTER_MS, type ConversationLimits, type ConversationStore, type RecordedPost } from '../../src/webchat/conversationStore';
import { manualClock } from '../support/webChatServer';

export interface OpenedStore {
  store: ConversationStore;
  close(): Promise<void>;
}

/**
 * What every ConversationStore must do, whatever keeps the conversations. `open` gives a fresh, empty store
 * with these limits, reading the time from `now`.
 */
export function conversationStoreContract(open: (limits: ConversationLimits, now: () => number) => Promise<OpenedStore>): void {
  const HOUR = 3_600_000;

  async function withStore(limits: Partial<ConversationLimits>, test: (store: ConversationStore, clock: ReturnType<typeof manualClock>) => Promise<void>): Promise<void> {
    const clock = manualClock();
    const opened = await open({ ...conversationLimits(HOUR), ...limits }, clock.now);
    try {
      await test(opened.store, clock);
    } finally {
      await opened.close();
    }
  }

  const message = (text: string): ActivityJson => ({ type: 'message', text, from: { id: 'dl_user', name: 'Clinician', role: 'user' } });
  const texts = async (store: ConversationStore, id: string, watermark?: string) => (await store.since(id, watermark))?.activities.map((activity) => activity.text);
  const echoOf = (recorded: RecordedPost | undefined): ActivityJson => {
    if (recorded === undefined || recorded.answered) throw new Error(`expected a post recorded for its turn, got ${JSON.stringify(recorded)}`);
    return recorded.echo;
  };
  /** A post and its reply, as the channel records a turn. */
  async function turn(store: ConversationStore, id: string, text: string, clientActivityId?: string): Promise<string | undefined> {
    const echo = echoOf(await store.recordPost(id, message(text), clientActivityId));
    await store.recordReplies(id, [{ type: 'message', text: `echo: ${text}`, replyToId: echo.id }], clientActivityId);
    return echo.id;
  }

  it('opens a conversation once and finds it again; one never opened is not there', () =>
    withStore({}, async (store) => {
      expect(await store.open('a')).toBe(true);
      expect(await store.open('a')).toBe(false);
      expect(await store.touch('a')).toBe(true);
      expect(await store.since('a', undefined)).toEqual({ activities: [], watermark: '0' });
      expect(await store.touch('never')).toBe(false);
      expect(await store.since('never', undefined)).toBeUndefined();
      expect(await store.recordPost('never', message('lupus'), 'client-1')).toBeUndefined();
      await store.recordReplies('never', [message('echo')], 'client-1');
      expect(await store.open('never')).toBe(true);
      expect(await store.since('never', undefined)).toEqual({ activities: [], watermark: '0' });
      expect(await store.openCount()).toBe(2);
    }));

  it('numbers activities, stamps strictly increasing times on the same clock reading, and answers those after a watermark', () =>
    withStore({}, async (store, clock) => {
      await store.open('conv');
      const echo = echoOf(await store.recordPost('conv', message('one'), 'client-1'));
      await store.recordReplies('conv', [message('two'), message('three')], 'client-1');
      expect(echo).toMatchObject({ id: 'conv|0000001', text: 'one', timestamp: new Date(clock.now()) });
      const all = await store.since('conv', undefined);
      expect(all?.activities.map((activity) => [activity.id, activity.text])).toEqual([
        ['conv|0000001', 'one'],
        ['conv|0000002', 'two'],
        ['conv|0000003', 'three'],
      ]);
      expect(all?.activities[0]).toEqual(echo);
      const times = all?.activities.map((activity) => new Date(activity.timestamp ?? 0).getTime()) ?? [];
      expect(times[1]).toBeGreaterThan(times[0] ?? Infinity);
      expect(times[2]).toBeGreaterThan(times[1] ?? Infinity);
      expect(all?.watermark).toBe('3');
      expect(await texts(store, 'conv', '1')).toEqual(['two', 'three']);
      expect(await store.since('conv', '3')).toEqual({ activities: [], watermark: '3' });
      clock.advance(5);
      await store.recordReplies('conv', [message('four')], undefined);
      expect(new Date((await store.since('conv', '3'))?.activities[0]?.timestamp ?? 0).getTime()).toBeGreaterThan(times[2] ?? Infinity);
    }));

  it.each(['', 'abc', '-1', '99', '1e3'])('reads everything kept for the watermark %j', (watermark) =>
    withStore({}, async (store) => {
      await store.open('conv');
      await turn(store, 'conv', 'one');
      expect(await texts(store, 'conv', watermark)).toEqual(['one', 'echo: one']);
    }));

  it('keeps only the newest activities, and the watermark goes on counting', () =>
    withStore({ log: { count: 3, bytes: 1024 * 1024 } }, async (store) => {
      await store.open('conv');
      await store.recordReplies('conv', [1, 2, 3, 4, 5].map((n) => message(String(n))), undefined);
      expect(await store.since('conv', '0')).toMatchObject({ activities: [{ id: 'conv|0000003', text: '3' }, { text: '4' }, { id: 'conv|0000005', text: '5' }], watermark: '5' });
      expect(await texts(store, 'conv', '4')).toEqual(['5']);
    }));

  it('keeps at most its byte budget, but always the newest activity', () =>
    withStore({ log: { count: 100, bytes: 2000 } }, async (store) => {
      await store.open('conv');
      for (let i = 1; i <= 5; i++) await store.recordReplies('conv', [message(`${i}`.repeat(600))], undefined);
      expect((await texts(store, 'conv', undefined))?.map((text) => text?.[0])).toEqual(['4', '5']);
      // Bytes of UTF-8, not characters: 1,800 bytes leave room for nothing else (900 characters would).
      await store.recordReplies('conv', [message('é'.repeat(900))], undefined);
      expect((await texts(store, 'conv', undefined))?.map((text) => text?.[0])).toEqual(['é']);
      await store.recordReplies('conv', [message('x'.repeat(5000))], undefined);
      expect(await store.since('conv', undefined)).toMatchObject({ activities: [{ text: 'x'.repeat(5000) }], watermark: '7' });
    }));

  it('answers a re-post of an answered post with the first id, and records nothing', () =>
    withStore({}, async (store) => {
      await store.open('conv');
      const first = await turn(store, 'conv', 'lupus', 'client-1');
      expect(await store.recordPost('conv', message('lupus'), 'client-1')).toEqual({ answered: true, id: first });
      expect(await store.since('conv', undefined)).toMatchObject({ watermark: '2' });
    }));

  it('gives back the echo of a post whose turn never ended, with its first id, without logging it twice', () =>
    withStore({}, async (store) => {
      await store.open('conv');
      const first = echoOf(await store.recordPost('conv', message('lupus'), 'client-1'));
      const again = echoOf(await store.recordPost('conv', message('lupus'), 'client-1'));
      expect(again).toMatchObject({ id: first.id, text: 'lupus' });
      expect(await texts(store, 'conv', undefined)).toEqual(['lupus']);
      await store.recordReplies('conv', [message('echo: lupus')], 'client-1');
      expect(await store.recordPost('conv', message('lupus'), 'client-1')).toEqual({ answered: true, id: first.id });
    }));

  it('keeps each conversation’s client ids apart, and a post without one is never a re-post', () =>
    withStore({}, async (store) => {
      await store.open('one');
      await store.open('other');
      await turn(store, 'one', 'lupus', 'same-client-id');
      expect(echoOf(await store.recordPost('other', message('lupus'), 'same-client-id')).id).toBe('other|0000001');
      await turn(store, 'one', 'no client id');
      expect(echoOf(await store.recordPost('one', message('no client id'), undefined)).id).toBe('one|0000005');
    }));

  it('remembers the newest client ids only', () =>
    withStore({ remembered: 3 }, async (store) => {
      await store.open('conv');
      const ids = [];
      for (let n = 0; n <= 3; n++) ids.push(await turn(store, 'conv', `answer ${n}`, `client-${n}`));
      expect(echoOf(await store.recordPost('conv', message('answer 0'), 'client-0')).id).toBe('conv|0000009');
      expect(await store.recordPost('conv', message('answer 2'), 'client-2')).toEqual({ answered: true, id: ids[2] });
      expect(await store.recordPost('conv', message('answer 3'), 'client-3')).toEqual({ answered: true, id: ids[3] });
    }));

  it('forgets a conversation left idle, and use keeps one alive', () =>
    withStore({}, async (store, clock) => {
      await store.open('idle');
      await store.open('used');
      for (let i = 0; i < 3; i++) {
        clock.advance(HOUR / 2);
        expect(await store.touch('used')).toBe(true);
      }
      expect(await store.touch('idle')).toBe(false);
      expect(await store.since('idle', undefined)).toBeUndefined();
      expect(await store.openCount()).toBe(1);
      clock.advance(HOUR - 1);
      expect(await texts(store, 'used', undefined)).toEqual([]);
      clock.advance(HOUR);
      expect(await store.recordPost('used', message('too late'), undefined)).toBeUndefined();
      expect(await store.open('used')).toBe(true);
    }));

  it('gives a new conversation the place of the least recently used one left without a clinician message when full', () =>
    withStore({ open: 3 }, async (store, clock) => {
      await store.open('a screening');
      await turn(store, 'a screening', 'lupus');
      clock.advance(1000);
      await store.open('opened first');
      clock.advance(1000);
      await store.open('opened second');
      clock.advance(UNUSED_AFTER_MS);
      expect(await store.touch('opened first')).toBe(true);
      expect(await store.open('new')).toBe(true);
      expect(await store.openCount()).toBe(3);
      // The screening is the least recently used, but has the clinician's answers; of the two opened, the second was used last.
      expect(await store.touch('opened second')).toBe(false);
      expect(await texts(store, 'a screening', undefined)).toEqual(['lupus', 'echo: lupus']);
      expect(await store.touch('opened first')).toBe(true);
    }));

  it('takes a page just opened for one left behind only after UNUSED_AFTER_MS', () =>
    withStore({ open: 2 }, async (store, clock) => {
      await store.open('a screening');
      await turn(store, 'a screening', 'lupus');
      clock.advance(1000);
      await store.open('just opened');
      clock.advance(UNUSED_AFTER_MS - 1);
      await store.open('new');
      // Not yet left behind: the least recently used of all gave its place.
      expect(await store.touch('just opened')).toBe(true);
      expect(await store.touch('a screening')).toBe(false);
    }));

  it('counts only a message as the clinician’s: a conversation with typing alone is still left unused', () =>
    withStore({ open: 2 }, async (store, clock) => {
      await store.open('a screening');
      await turn(store, 'a screening', 'lupus');
      clock.advance(1000);
      await store.open('typing only');
      await store.recordPost('typing only', { type: 'typing' }, undefined);
      clock.advance(UNUSED_AFTER_MS);
      await store.open('new');
      expect(await store.touch('typing only')).toBe(false);
      expect(await store.touch('a screening')).toBe(true);
    }));

  it('never refuses a new conversation: when every one has a clinician message, the least recently used gives its place', () =>
    withStore({ open: 2 }, async (store, clock) => {
      for (const id of ['a', 'b']) {
        await store.open(id);
        await turn(store, id, 'lupus');
        clock.advance(1000);
      }
      // A page polling keeps its conversation the most recently used.
      await store.since('a', undefined);
      expect(await store.open('c')).toBe(true);
      expect(await store.touch('b')).toBe(false);
      expect(await store.touch('a')).toBe(true);
    }));

  it('makes room by expiring idle ones first', () =>
    withStore({ open: 2 }, async (store, clock) => {
      await store.open('idle');
      await turn(store, 'idle', 'lupus');
      clock.advance(HOUR / 2);
      await store.open('unused');
      clock.advance(HOUR / 2);
      await store.open('new');
      expect(await store.openCount()).toBe(2);
      expect(await store.touch('unused')).toBe(true);
      expect(await store.touch('idle')).toBe(false);
    }));
}
