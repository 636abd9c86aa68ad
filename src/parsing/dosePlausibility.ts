import { daysBefore, type Day } from '../dates/calendar';
import type { MedicationFact } from '../domain/factDefinition';
import type { ParseProblem } from '../domain/parseProblem';
import type { Drug } from '../domain/vocabulary';
import type { Vocabulary } from '../engine/compileContext';
import { toDailyDose } from '../units/dailyDose';
import { convertUnit } from '../units/ucum';
import { dosingIntervalHours, isMass, type DoseUnit, type Frequency } from './doseText';

/**
 * Why a dose or its frequency cannot be right for this drug, or undefined: a dose of 0, a frequency of
 * "every 0 days" or of less than once in the period the question covers, a daily dose above what the drugs
 * file holds plausible for the drug's class (a dose given without its frequency is taken as once a day for
 * this check, so "dexamethasone 1000 mg" is caught too).
 */
export function doseProblem(
  drug: Drug,
  dose: { amount: number; unit: DoseUnit; per?: 'kg' | 'm2' },
  frequency: Frequency | undefined,
  fact: MedicationFact,
  vocabulary: Vocabulary,
  today: Day,
): ParseProblem | undefined {
  if (!(dose.amount > 0)) return { code: 'zero-dose', amount: dose.amount, unit: dose.unit, drug: drug.code };
  const classes = drug.classes.filter((c) => fact.classes.includes(c)).flatMap((c) => vocabulary.drugClasses.get(c) ?? []);
  if (frequency) {
    const hours = dosingIntervalHours(frequency);
    const lookbackHours = (today - daysBefore(today, fact.lookback)) * 24;
    if (!(hours > 0)) return { code: 'zero-frequency', drug: drug.code };
    if (hours > lookbackHours) return { code: 'too-rare', drug: drug.code, fact: fact.id };
  }
  if (dose.per || !isMass(dose.unit)) return undefined;
  const daily = toDailyDose(dose.amount * (frequency?.times ?? 1), `${dose.unit}/(${frequency?.per ?? 'd'})`, drug, fact);
  for (const drugClass of classes) {
    if (!drugClass.maxDailyDose) continue;
    const max = convertUnit(drugClass.maxDailyDose.value, drugClass.maxDailyDose.unit, fact.doseUnit);
    if (daily > max) return { code: 'dose-above-max', daily, max, fact: fact.id, drug: drug.code, drugClass: drugClass.code };
  }
  return undefined;
}
