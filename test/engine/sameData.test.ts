import { describe, expect, it } from 'vitest';
import { sameData } from '../../src/engine/sameData';

describe('sameData', () => {
  it('compares JSON-like values by content', () => {
    expect(sameData({ kind: 'number', value: { low: 1, high: 2 } }, { kind: 'number', value: { low: 1, high: 2 } })).toBe(true);
    expect(sameData([{ drug: 'x' }], [{ drug: 'x' }])).toBe(true);
    expect(sameData(undefined, undefined)).toBe(true);
    expect(sameData({ value: { low: 1, high: 2 } }, { value: { low: 1, high: 3 } })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
    expect(sameData([], {})).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it('tells values JSON would confuse apart', () => {
    expect(sameData({ high: Infinity }, { high: -Infinity })).toBe(false);
    expect(sameData({ a: undefined }, {})).toBe(false);
  });
});
