import { UcumLhcUtils } from '@lhncbc/ucum-lhc';

const ucum = UcumLhcUtils.getInstance();

/**
 * Floating-point unit factors turn 45,000/µL into 44.999999999 ×10^9/L, which would fail "≥ 45".
 * Twelve significant digits is far beyond any lab's precision and removes that noise.
 */
export function roundConverted(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

export class UnitConversionError extends Error {
  constructor(from: string, to: string, reason: string) {
    super(`cannot convert "${from}" to "${to}": ${reason}`);
    this.name = 'UnitConversionError';
  }
}

/** Converts with UCUM (the unit system FHIR uses); molecularWeight (g/mol) bridges mass and moles. */
export function convertUnit(value: number, from: string, to: string, molecularWeight?: number): number {
  if (from === to) return value;
  const result = ucum.convertUnitTo(from, value, to, molecularWeight === undefined ? {} : { molecularWeight });
  if (result.status !== 'succeeded' || result.toVal === null) {
    throw new UnitConversionError(from, to, result.msg.join(' ') || result.status);
  }
  return roundConverted(result.toVal);
}

export function isValidUcum(unit: string): boolean {
  return ucum.validateUnitString(unit).status === 'valid';
}
