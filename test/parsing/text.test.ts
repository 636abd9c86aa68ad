import { describe, expect, it } from 'vitest';
import { findNumbers, readNumber } from '../../src/parsing/numberText';
import { lookupUnits, unitKey } from '../../src/parsing/units';
import { similarity } from '../../src/text/fuzzy';
import { NameMatcher } from '../../src/text/nameMatcher';
import { normalizeName } from '../../src/text/normalize';
import { factOf } from './parse';

describe('reading numbers', () => {
  it.each([
    ['45', 45],
    ['8.5', 8.5],
    ['.5', 0.5],
    ['8,5', 8.5],
    ['0,750', 0.75],
    ['45,000', 45000],
    ['1,234,567.5', 1234567.5],
    ['1.2.3', undefined],
    ['10,20,30', undefined],
  ])('"%s" is %s', (text, value) => {
    expect(readNumber(text)).toBe(value);
  });

  it('leaves digits that belong to names and units', () => {
    expect(findNumbers('C3 75 mg/dL').map((n) => n.value)).toEqual([75]);
    expect(findNumbers('IgG4 135 x10^9/L').map((n) => n.value)).toEqual([135]);
    expect(findNumbers('85 mL/min/1.73m2').map((n) => n.value)).toEqual([85]);
  });
});

describe('unit spellings', () => {
  it('meets ×/x, superscripts, ^ and *, and both micro signs', () => {
    expect(unitKey('×10⁹/L')).toBe(unitKey('x 10^9/L'));
    expect(unitKey('x10*9/L')).toBe(unitKey('x10^9/L'));
    expect(unitKey('/µL')).toBe(unitKey('/μL'));
    expect(unitKey('/µL')).toBe(unitKey('/uL'));
  });

  it('keeps case where it matters and ignores it where it does not', () => {
    const hb = factOf('hemoglobin');
    const platelets = factOf('platelets');
    if (hb.type !== 'number' || platelets.type !== 'number') throw new Error('number facts expected');
    expect(lookupUnits('g/l', hb).map((u) => u.ucum)).toEqual(['g/L']);
    // g/L is grams per litre, a unit of another kind: never read as G/L (10^9 per litre) by ignoring case.
    expect(lookupUnits('g/l', platelets)).toEqual([]);
    expect(lookupUnits('g/L', platelets)).toEqual([]);
    expect(lookupUnits('G/L', platelets).map((u) => u.ucum)).toEqual(['10*9/L']);
    expect(lookupUnits('G/l', platelets).map((u) => u.ucum)).toEqual(['10*9/L']);
    expect(lookupUnits('k/ul', platelets).map((u) => u.ucum)).toEqual(['10*3/uL']);
    expect(lookupUnits('mmHg', hb)).toEqual([]);
  });
});

describe('name matching', () => {
  it('folds case, diacritics, apostrophes and punctuation', () => {
    expect(normalizeName("  Sjögren's  Syndrome ")).toBe('sjogrens syndrome');
    expect(normalizeName('IgG4-RD')).toBe('igg4 rd');
  });

  it('scores one edit in ten as 0.9', () => {
    expect(similarity('prednisone', 'predisone')).toBeCloseTo(0.9);
    expect(similarity('', '')).toBe(1);
  });

  const matcher = new NameMatcher([
    { code: 'prednisone', label: 'prednisone', synonyms: ['pred'] },
    { code: 'prednisolone', label: 'prednisolone', synonyms: [] },
    { code: 'stage_a', label: 'Stage A', synonyms: [] },
    { code: 'stage_b', label: 'Stage B', synonyms: [] },
  ]);

  it('prefers exact names, then the closest spelling', () => {
    expect(matcher.closest('PRED')).toEqual({ kind: 'match', code: 'prednisone', score: 1 });
    expect(matcher.closest('prednisolon')).toMatchObject({ kind: 'match', code: 'prednisolone' });
    expect(matcher.closest('predisone')).toMatchObject({ kind: 'match', code: 'prednisone' });
  });

  it('does not correct short words, and asks between equally close names', () => {
    expect(matcher.closest('prex')).toEqual({ kind: 'none' });
    expect(matcher.closest('stage c')).toEqual({ kind: 'ambiguous', codes: ['stage_a', 'stage_b'] });
  });
});
