import { describe, expect, it } from 'vitest';
import type { PatientFile } from '../../src/domain/patientFile';
import { Rule } from '../../src/domain/rule';
import { compileRule } from '../../src/engine/compileRule';
import { patientView } from '../../src/engine/patientView';
import { answersOf, EVALUATION_DAY, realCatalog } from '../support/catalog';

/**
 * The `combined` quantifier on rules no seeded trial has (yet): what the generic engine does with any
 * rule a record may hold. Evaluated on 2026-11-21, so "4 weeks before" is 2026-10-24.
 */
const compiled = (rule: unknown) => compileRule(Rule.parse(rule), realCatalog(), 'rule');
const truth = (rule: unknown, facts: PatientFile['facts']) =>
  compiled(rule).truth(patientView(answersOf(facts), EVALUATION_DAY, realCatalog().facts));

/** Oral corticosteroids unchanged for 4 weeks: the route selects which medicines form the regimen. */
const stableOral = { medication: 'corticosteroids', quantifier: 'combined', select: { routes: ['oral'] }, test: { stableFor: { op: '>=', duration: 'P4W' } } };
const prednisone = (route: 'oral' | 'intravenous' | undefined, doseSince: string) => ({
  drug: 'prednisone',
  dose: { value: 5, unit: 'mg/d' },
  started: '2025-01-01',
  doseSince,
  ...(route ? { route } : {}),
});

describe('a combined regimen’s stability', () => {
  it('fails when a medicine of the regimen changed within the time, and holds when none did', () => {
    expect(truth(stableOral, { corticosteroids: [prednisone('oral', '2026-11-10')] })).toBe('false');
    expect(truth(stableOral, { corticosteroids: [prednisone('oral', '2026-10-24')] })).toBe('true');
  });

  it('ignores a medicine the selection leaves out', () => {
    expect(truth(stableOral, { corticosteroids: [prednisone('oral', '2026-10-24'), prednisone('intravenous', '2026-11-10')] })).toBe('true');
  });

  it('is left open, never failed, by a changed medicine that may not belong to the regimen (its route not given)', () => {
    expect(truth(stableOral, { corticosteroids: [prednisone(undefined, '2026-11-10')] })).toBe('unknown');
    // As `every` reads the same medicine.
    expect(truth({ ...stableOral, quantifier: 'every' }, { corticosteroids: [prednisone(undefined, '2026-11-10')] })).toBe('unknown');
  });
});

describe('a combined rule that cannot be read fails at load, with its path', () => {
  it.each([
    ['read now and over a period at once', { select: { current: true, takenWithin: 'P3M' }, test: { dailyDose: { op: '>', value: 10, unit: 'mg/d' } } }, /rule\.select: a combined regimen is read either now/],
    ['a washout, which is per medicine', { test: { stoppedForHalfLives: { op: '>', count: 5 } } }, /rule\.test\.stoppedForHalfLives: a washout is per medicine/],
    ['no test at all', { select: { current: true } }, /rule\.test: a combined regimen needs a test/],
  ])('%s', (_, parts, message) => {
    expect(() => compiled({ medication: 'corticosteroids', quantifier: 'combined', ...parts })).toThrowError(message);
  });
});

describe('a dose over a period', () => {
  const highDose = { op: '>', value: 10, unit: 'mg/d' };

  it('and a dose over a period is open until that date is given', () => {
    const overThreeMonths = { medication: 'corticosteroids', quantifier: 'combined', select: { takenWithin: 'P3M' }, test: { dailyDose: highDose } };
    const taken = { drug: 'prednisone', dose: { value: 7.5, unit: 'mg/d' }, started: '2025-01-01' };
    expect(truth(overThreeMonths, { corticosteroids: [taken] })).toBe('unknown');
    expect(truth(overThreeMonths, { corticosteroids: [{ ...taken, doseSince: '2026-06-01' }] })).toBe('false');
  });
});
