import { describe, expect, it } from 'vitest';
import { both, either, not, quantify, type Truth } from '../../src/engine/truth';

const T: Truth = 'true';
const F: Truth = 'false';
const U: Truth = 'unknown';
const and = (values: Truth[]) => quantify('all', values, (v) => v, undefined);
const or = (values: Truth[]) => quantify('any', values, (v) => v, undefined);

describe("Kleene's three-valued logic", () => {
  it('keeps unknown unknown through not', () => {
    expect([not(T), not(F), not(U)]).toEqual([F, T, U]);
  });

  it('all: one false decides, unknown otherwise wins over true', () => {
    expect(and([T, T])).toBe(T);
    expect(and([T, U])).toBe(U);
    expect(and([U, F])).toBe(F);
    expect(and([])).toBe(T);
  });

  it('any: one true decides, unknown otherwise wins over false', () => {
    expect(or([F, F])).toBe(F);
    expect(or([F, U])).toBe(U);
    expect(or([U, T])).toBe(T);
    expect(or([])).toBe(F);
  });

  it('both and either agree with all and any of two', () => {
    for (const a of [T, F, U]) {
      for (const b of [T, F, U]) {
        expect(both(a, b)).toBe(and([a, b]));
        expect(either(a, b)).toBe(or([a, b]));
      }
    }
  });

  it('stops at the deciding value', () => {
    const seen: Truth[] = [];
    expect(quantify('all', [T, F, U], (v) => (seen.push(v), v), undefined)).toBe(F);
    expect(seen).toEqual([T, F]);
  });

  it('not(missing) is not true, unlike two-valued engines', () => {
    expect(not(and([U]))).toBe(U);
    expect(not(or([U, F]))).toBe(U);
  });
});
