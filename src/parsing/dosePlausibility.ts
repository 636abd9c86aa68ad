import { daysBefore, describeDuration, type Day } from '../dates/calendar';
import type { MedicationFact } from '../domain/factDefinition';
import type { Drug } from '../domain/vocabulary';
import type { Vocabulary } from '../engine/compileContext';
import { doseUnitText } from '../engine/describeValue';
import { formatNumber } from '../text/formatNumber';
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
): string | undefined {
  if (!(dose.amount > 0)) return `A dose of ${formatNumber(dose.amount)} ${dose.unit} of ${drug.label} is not a dose: leave the medicine out if it is not taken, or answer “none”.`;
  const classes = drug.classes.filter((c) => fact.classes.includes(c)).flatMap((c) => vocabulary.drugClasses.get(c) ?? []);
  if (frequency) {
    const hours = dosingIntervalHours(frequency);
    const lookbackHours = (today - daysBefore(today, fact.lookback)) * 24;
    if (!(hours > 0)) return `A dose every 0 hours or days is not a frequency; how often is ${drug.label} taken (e.g. “daily”, “bid”, “every 2 weeks”)?`;
    if (hours > lookbackHours) {
      return `A dose of ${drug.label} less than once in ${describeDuration(fact.lookback)} is not a regular dose; how often is it taken (e.g. “daily”, “every 2 weeks”)?`;
    }
  }
  if (dose.per || !isMass(dose.unit)) return undefined;
  const daily = toDailyDose(dose.amount * (frequency?.times ?? 1), `${dose.unit}/(${frequency?.per ?? 'd'})`, drug, fact);
  for (const drugClass of classes) {
    if (!drugClass.maxDailyDose) continue;
    const max = convertUnit(drugClass.maxDailyDose.value, drugClass.maxDailyDose.unit, fact.doseUnit);
    if (daily > max) {
      return `${formatNumber(daily)} ${doseUnitText(fact)} of ${drug.label} is above the highest plausible daily dose of a ${drugClass.code.replaceAll('_', ' ')} (${formatNumber(max)} ${doseUnitText(fact)}); please check the dose and its unit.`;
    }
  }
  return undefined;
}
