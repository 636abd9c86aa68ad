import { describe, expect, it } from 'vitest';
import { ActivityLog } from '../../src/webchat/activityLog';
import { manualClock } from '../support/webChatServer';

describe('a conversation’s activity log', () => {
  it('numbers activities, stamps strictly increasing times, and answers those after a watermark', () => {
    const clock = manualClock();
    const log = new ActivityLog('conv', clock.now);
    const first = log.append({ type: 'message', text: 'one' });
    const second = log.append({ type: 'message', text: 'two' });
    expect([first.id, second.id]).toEqual(['conv|0000001', 'conv|0000002']);
    // Same clock reading, still ordered: Web Chat sorts by timestamp.
    expect(second.timestamp!.getTime()).toBeGreaterThan(first.timestamp!.getTime());

    expect(log.since(undefined)).toMatchObject({ activities: [{ text: 'one' }, { text: 'two' }], watermark: '2' });
    expect(log.since('1')).toMatchObject({ activities: [{ text: 'two' }], watermark: '2' });
    expect(log.since('2')).toEqual({ activities: [], watermark: '2' });
  });

  it.each(['', 'abc', '-1', '99'])('reads everything kept for the watermark %j', (watermark) => {
    const log = new ActivityLog('conv', Date.now);
    log.append({ type: 'message' });
    expect(log.since(watermark).activities).toHaveLength(1);
  });

  it('keeps only the newest activities, and the watermark goes on counting', () => {
    const log = new ActivityLog('conv', Date.now, { count: 3, bytes: 1024 * 1024 });
    for (let i = 1; i <= 5; i++) log.append({ type: 'message', text: String(i) });
    expect(log.since('0')).toMatchObject({ activities: [{ text: '3' }, { text: '4' }, { text: '5' }], watermark: '5' });
    expect(log.since('4').activities.map((a) => a.text)).toEqual(['5']);
    expect(log.has('conv|0000001')).toBe(false);
    expect(log.has('conv|0000005')).toBe(true);
  });

  it('keeps at most its byte budget, but always the newest activity', () => {
    const log = new ActivityLog('conv', Date.now, { count: 100, bytes: 2000 });
    for (let i = 1; i <= 5; i++) log.append({ type: 'message', text: `${i}`.repeat(600) });
    expect(log.since(undefined).activities.map((a) => a.text?.[0])).toEqual(['4', '5']);
    log.append({ type: 'message', text: 'x'.repeat(5000) });
    expect(log.since(undefined)).toMatchObject({ activities: [{ text: 'x'.repeat(5000) }], watermark: '6' });
  });
});
