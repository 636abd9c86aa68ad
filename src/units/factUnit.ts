import type { AcceptedUnit } from '../domain/factDefinition';
import { convertUnit } from './ucum';

/**
 * A value in `unit` converted to a canonical unit, with the molar mass the fact declares for that unit
 * (LDL in mg/dL needs cholesterol's) — one place for thresholds in records and values in patient files.
 */
export function toCanonicalUnit(value: number, unit: string, canonical: string, accepts: readonly Pick<AcceptedUnit, 'ucum' | 'molecularWeight'>[]): number {
  return convertUnit(value, unit, canonical, accepts.find((a) => a.ucum === unit)?.molecularWeight);
}
