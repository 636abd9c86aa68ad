import { describe, expect, it } from 'vitest';
import { and, not, or, type Truth } from '../../src/engine/truth';

const T: Truth = 'true';
const F: Truth = 'false';
const U: Truth = 'unknown';

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

  it('not(missing) is not true, unlike two-valued engines', () => {
    expect(not(and([U]))).toBe(U);
    expect(not(or([U, F]))).toBe(U);
  });
});
