import { describe, expect, it } from 'vitest';
import { compareElapsed, compareInterval, inRange, pointInterval } from '../../src/engine/compare';
import { parseIsoDay, partialDateToInterval } from '../../src/dates/calendar';

const point = (v: number) => ({ low: v, high: v });

describe('numeric thresholds, exactly as written', () => {
  it('"< 10" fails at 10 and passes just below', () => {
    expect(compareInterval(point(10), '<', 10)).toBe('false');
    expect(compareInterval(point(9.99), '<', 10)).toBe('true');
  });
  it('"≥ 3" is met at 3 and not just below', () => {
    expect(compareInterval(point(3), '>=', 3)).toBe('true');
    expect(compareInterval(point(2.99), '>=', 3)).toBe('false');
  });
  it('"> 10" and "≤ 1.5" at their boundaries', () => {
    expect(compareInterval(point(10), '>', 10)).toBe('false');
    expect(compareInterval(point(1.5), '<=', 1.5)).toBe('true');
    expect(compareInterval(point(1.51), '<=', 1.5)).toBe('false');
  });
  it('a range includes both ends', () => {
    expect(inRange(point(30), 30, 100)).toBe('true');
    expect(inRange(point(100), 30, 100)).toBe('true');
    expect(inRange(point(29.9), 30, 100)).toBe('false');
    expect(inRange(point(100.1), 30, 100)).toBe('false');
  });
  it('an interval straddling the threshold is unknown, not a guess', () => {
    expect(compareInterval({ low: 0, high: 1 }, '>', 0.5)).toBe('unknown');
    expect(compareInterval({ low: 0, high: 1 }, '>', 1.5)).toBe('false');
    expect(compareInterval({ low: 100, high: Infinity }, '<', 50)).toBe('false');
    expect(inRange({ low: 20, high: 40 }, 30, 100)).toBe('unknown');
  });
});

describe('elapsed time on the calendar', () => {
  const today = pointInterval(parseIsoDay('2026-11-21'));
  it('"at least 3 months" counts calendar months', () => {
    expect(compareElapsed(pointInterval(parseIsoDay('2026-08-21')), today, '>=', 'P3M')).toBe('true');
    expect(compareElapsed(pointInterval(parseIsoDay('2026-08-22')), today, '>=', 'P3M')).toBe('false');
  });
  it('"more than 2 weeks" fails at exactly 14 days', () => {
    expect(compareElapsed(pointInterval(parseIsoDay('2026-11-07')), today, '>', 'P2W')).toBe('false');
    expect(compareElapsed(pointInterval(parseIsoDay('2026-11-06')), today, '>', 'P2W')).toBe('true');
  });
  it('"within 4 weeks" includes the 28th day', () => {
    expect(compareElapsed(pointInterval(parseIsoDay('2026-10-24')), today, '<=', 'P4W')).toBe('true');
    expect(compareElapsed(pointInterval(parseIsoDay('2026-10-23')), today, '<=', 'P4W')).toBe('false');
  });
  it('a month given without a day stays unknown when the month straddles the cutoff', () => {
    expect(compareElapsed(partialDateToInterval('2026-08'), today, '>=', 'P3M')).toBe('unknown');
    expect(compareElapsed(partialDateToInterval('2026-07'), today, '>=', 'P3M')).toBe('true');
    expect(compareElapsed(partialDateToInterval('2026-09'), today, '>=', 'P3M')).toBe('false');
  });
});
