import { describe, expect, it } from 'vitest';
import { restoredSource } from '../../src/report/restoredSymbols';
import { realCatalog } from '../support/catalog';

const restorations = () =>
  Object.fromEntries(
    realCatalog().trials.flatMap((t) => t.record.criteria.flatMap((c) => {
      const restored = restoredSource(c.source, c.rule);
      return restored ? [[`${t.record.id}/${c.id}`, restored]] : [];
    })),
  );

describe('a registry sentence that lost a symbol, read with the symbol restored from its own rule', () => {
  it('restores "=" as the comparator the rule tests that number with, and the caret of ×10^9, for exactly the garbled sentences', () => {
    const restored = restorations();
    expect(Object.keys(restored).sort()).toEqual([
      'nct03688191-ctd-tp/D1',
      'nct04582136-sirius/E3',
      'nct04582136-sirius/I2',
      'nct04582136-sirius/I3',
      'nct04582136-sirius/I5a',
      'nct04582136-sirius/I5b',
    ]);
    expect(restored['nct03688191-ctd-tp/D1']).toContain('less than 100×10^9/L.');
    expect(restored['nct04582136-sirius/I2']).toContain('time from SLE diagnosis ≥ 3 months;');
    expect(restored['nct04582136-sirius/I3']).toContain('SLEDAI-2K score of ≥4 (');
    expect(restored['nct04582136-sirius/I5a']).toContain('equivalent) ≥4 weeks;');
    expect(restored['nct04582136-sirius/I5b']).toContain('[MPA] ≤1.5g/day, or MTX ≤15mg/week)');
    expect(restored['nct04582136-sirius/E3']).toContain('urinary protein ≥3.5g/24h or');
  });

  it('leaves a number the rule compares both ways, or does not test, as the source prints it', () => {
    const both = { any: [{ fact: 'x', compare: { op: '>=' as const, value: 3, unit: 'a' } }, { fact: 'x', compare: { op: '<=' as const, value: 3, unit: 'a' } }] };
    expect(restoredSource('score =3', both)).toBeUndefined();
    expect(restoredSource('score =4', both)).toBeUndefined();
    expect(restoredSource('score = 3', { fact: 'x', compare: { op: '<', value: 3, unit: 'a' } })).toBe('score < 3');
    expect(restoredSource('count <= 3, ratio == 3', { fact: 'x', compare: { op: '>=', value: 3, unit: 'a' } })).toBeUndefined();
  });

});
