import { describe, expect, it } from 'vitest';
import { convertUnit, roundConverted } from '../../src/units/ucum';

describe('unit conversions through UCUM', () => {
  it.each([
    [45000, '/uL', '10*9/L', 45],
    [45000, '/mm3', '10*9/L', 45],
    [45, '10*3/uL', '10*9/L', 45],
    [6100, '/uL', '10*9/L', 6.1],
    [11.0, 'g/dL', 'g/L', 110],
    [75, 'mg/dL', 'g/L', 0.75],
    [350, 'mg/d', 'g/d', 0.35],
    [1, 'g/(24.h)', 'g/d', 1],
    [1.5, 'g/d', 'mg/d', 1500],
    [3, 'g/g', 'mg/g', 3000],
  ])('%s %s = %s %s', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });

  it('converts mass to moles with the molar mass: LDL, triglycerides, protein/creatinine ratio', () => {
    expect(convertUnit(120, 'mg/dL', 'mmol/L', 386.65)).toBeCloseTo(3.1036, 4);
    expect(convertUnit(200, 'mg/dL', 'mmol/L', 885.7)).toBeCloseTo(2.2581, 4);
    expect(convertUnit(3500, 'mg/g', 'mg/mmol', 113.12)).toBeCloseTo(395.92, 2);
    expect(convertUnit(57, 'mg/mmol', 'mg/g', 113.12)).toBeCloseTo(503.9, 1);
  });

  it('converts weekly doses to daily ones', () => {
    expect(convertUnit(15, 'mg/wk', 'mg/d')).toBeCloseTo(2.142857, 6);
  });

  it('removes floating-point noise so a boundary value stays on its side', () => {
    expect(convertUnit(50000, '/uL', '10*9/L')).toBe(50);
    expect(roundConverted(44.99999999999999)).toBe(45);
    expect(roundConverted(49.9)).toBe(49.9);
  });

  it('refuses conversions between different kinds of quantity, saying which', () => {
    expect(() => convertUnit(1, 'g/L', '10*9/L')).toThrowError(/cannot convert "g\/L" to "10\*9\/L"/);
    expect(() => convertUnit(1, 'mg/dL', 'mmol/L')).toThrowError(/molecular weight/i);
  });
});
