import type { MedicationFact } from '../domain/factDefinition';
import type { Drug } from '../domain/vocabulary';
import { convertUnit, roundConverted } from './ucum';

/**
 * A dose rate (e.g. 15 mg/wk, 1.5 mg/d) in the fact's daily unit; corticosteroids become
 * prednisone-equivalents through the drug's equivalence (dexamethasone 0.75 mg = prednisone 5 mg).
 */
export function toDailyDose(amount: number, rateUnit: string, drug: Drug, fact: MedicationFact): number {
  const daily = convertUnit(amount, rateUnit, fact.doseUnit);
  if (fact.doseAs === 'as-given') return daily;
  const equivalent = drug.equivalentToPrednisone5mg?.value;
  if (equivalent === undefined) throw new Error(`drug "${drug.code}" has no prednisone equivalent in drugs.yaml`);
  return roundConverted((daily * 5) / equivalent);
}
