import { describe, expect, it } from 'vitest';
import { FactValue } from '../../src/domain/factValue';
import { MAX_SUMMARY_LENGTH } from '../../src/summary/readSummary';
import { read } from './read';

describe('reading whatever is pasted', () => {
  it.each([
    ['nothing', ''],
    ['emoji', '😀 🙂'],
    ['brackets', '((((((((((((((((( ]]]'],
    ['a long run of digits after a cue', `MRN ${'1 '.repeat(3000)}`],
    ['a name repeated', 'plt '.repeat(400)],
    ['lone notations', 'since then x2 x4 days → 35 —'],
  ])('never throws on %s, and every value it reads is a valid recorded value', (_, text) => {
    const reading = read(text);
    for (const fact of reading.facts) expect(FactValue.safeParse(fact.value).error).toBeUndefined();
    expect(JSON.parse(JSON.stringify(reading))).toEqual(reading);
  });

  it(`reads a paste longer than ${MAX_SUMMARY_LENGTH} characters up to a sentence end, and says so`, () => {
    const long = `${'No ILD. '.repeat(600)}Splenectomy 1985.`;
    const reading = read(long);
    expect(reading.readUpTo).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(long.slice(0, reading.readUpTo)).toMatch(/\.$/);
    expect(reading.facts.some((f) => f.fact === 'splenectomy')).toBe(false);
    expect(read('No ILD.').readUpTo).toBeUndefined();
  });
});
