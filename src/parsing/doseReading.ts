import type { MedicationFact } from '../domain/factDefinition';
import type { DoseAssumption, NumberInterval } from '../domain/factValue';
import type { Drug } from '../domain/vocabulary';
import { normalizeName } from '../text/normalize';
import { toDailyDose } from '../units/dailyDose';
import { boundedInterval, type Bound } from './bounds';
import type { Course } from './courseText';
import { doseProblem } from './dosePlausibility';
import type { DoseMention, DoseStep } from './doseSteps';
import { doseRate, dosingIntervalHours, isMass, type DoseUnit, type Frequency } from './doseText';
import { ambiguous, invalid, type ParseContext, type ParseFailure } from './outcome';
import { isApproximation } from './signs';

/** One dose of a course as read: its daily dose when the words determine it, and what was assumed to get it. */
export interface DoseRead {
  dailyDose?: NumberInterval;
  doseEntered: string;
  /** Why no daily dose: per kg or m², in units or tablets, how often not said, when needed, a counted course of spaced doses. */
  noDaily?: 'per-body' | 'not-mass' | 'no-frequency' | 'as-needed' | 'spaced-course';
  per?: 'kg' | 'm2';
  assumed: DoseAssumption[];
  /** The number as written, and the unit assumed for it ("200" read as mg). */
  amountText: string;
  assumedUnit?: DoseUnit;
  /** The daily dose is not the dose as written: taken more or less often than once a day, or another steroid as its prednisone equivalent. */
  workedOut?: true;
}

export interface DoseContext {
  drug: Drug;
  /** The drug's name as the clinician typed it (its usual unit may hold for some names only). */
  typedName: string | undefined;
  fact: MedicationFact;
  context: ParseContext;
  /** Every dose step of the medicine: a dose without a unit or frequency takes them from the dose beside it. */
  steps: readonly DoseStep[];
  /** A frequency not written beside any dose, which the current dose takes. */
  looseFrequency?: Frequency;
  course?: Course;
  asNeeded: boolean;
  /** A route the words name as topical or other: no glucocorticoid day's dose is assumed for it. */
  localRoute: boolean;
}

/** Reads a step's dose; `bound` is the comparator before it ("< 10 mg daily"), for a dose said alone. */
export function readDose(step: DoseStep, at: DoseContext, bound: Bound): DoseRead | ParseFailure {
  const { dose } = step;
  const { drug, fact, context } = at;
  if (dose.amount === undefined) return invalid({ code: 'dose-not-number', drug: drug.code });
  if (isApproximation(step.lead)) return ambiguous({ code: 'dose-estimate', text: dose.quote, drug: drug.code });
  const unit = dose.unit ? { unit: dose.unit, assumed: false } : unitOf(dose, at);
  if ('kind' in unit) return unit;
  const frequency = frequencyOf(step, at);
  const implausible = doseProblem(drug, { amount: dose.amount, unit: unit.unit, ...(dose.per ? { per: dose.per } : {}) }, frequency?.frequency, fact, context.vocabulary, context.today);
  if (implausible) return invalid(implausible);
  const assumed: DoseAssumption[] = [...(unit.assumed ? ['unit' as const] : []), ...(frequency?.assumed ? ['frequency' as const] : [])];
  const entered = { doseEntered: dose.quote, assumed, amountText: dose.amountText, ...(unit.assumed ? { assumedUnit: unit.unit } : {}), ...(dose.per ? { per: dose.per } : {}) };
  const noDaily = whyNoDaily(dose, unit.unit, frequency?.frequency, at);
  // Only the unit was assumed when no daily dose follows: how often it is taken did not matter.
  if (noDaily || !isMass(unit.unit) || !frequency) return { ...entered, assumed: unit.assumed ? ['unit'] : [], ...(noDaily ? { noDaily } : {}) };
  const rate = doseRate(dose.amount, unit.unit, frequency.frequency);
  // The catalog check guarantees a prednisone equivalent for every drug of a prednisone-equivalent question.
  const dailyDose = boundedInterval(toDailyDose(rate.amount, rate.unit, drug, fact), bound);
  const converted = fact.doseAs === 'prednisone-equivalent' && drug.equivalentToPrednisone5mg?.value !== 5;
  const onceDaily = frequency.frequency.times === 1 && frequency.frequency.per === 'd';
  return { ...entered, dailyDose, ...(converted || !onceDaily ? { workedOut: true as const } : {}) };
}

/** Why the words give no daily dose, or undefined when they give one. */
function whyNoDaily(dose: DoseMention, unit: DoseUnit, frequency: Frequency | undefined, at: DoseContext): DoseRead['noDaily'] {
  if (dose.per) return 'per-body';
  if (!isMass(unit)) return 'not-mass';
  if (at.asNeeded) return 'as-needed';
  if (!frequency) return 'no-frequency';
  // A counted course of spaced infusions ("CYC 500 mg q2w x6") has doses, not a dose a day.
  if (at.course?.count !== undefined && dosingIntervalHours(frequency) > 24) return 'spaced-course';
  return undefined;
}

/** A number without a unit: the unit of the dose beside it, else the drug's usual unit where only one fits. */
function unitOf(dose: DoseMention, at: DoseContext): { unit: DoseUnit; assumed: true } | ParseFailure {
  const { drug } = at;
  const usual = drug.plainDose && (!drug.plainDose.names || drug.plainDose.names.some((n) => normalizeName(n) === normalizeName(at.typedName ?? ''))) ? drug.plainDose : undefined;
  const amount = dose.amount!;
  const fits = (unit: DoseUnit) => !usual || (usual.unit === unit ? within(amount, usual.range) : usual.unit === 'mg' && unit === 'g' && within(amount * 1000, usual.range));
  const beside = nearestUnit(dose, at.steps);
  if (beside && fits(beside)) return { unit: beside, assumed: true };
  if (usual && within(amount, usual.range)) return { unit: usual.unit, assumed: true };
  if (usual?.unit === 'mg' && within(amount * 1000, usual.range)) return { unit: 'g', assumed: true };
  return invalid({ code: 'unread-dose', text: dose.quote, drug: drug.code, ...(usual ? { usual: { amount: usual.range[0], unit: usual.unit } } : {}) });
}

function within(amount: number, [low, high]: readonly [number, number]): boolean {
  return amount >= low && amount <= high;
}

/** The unit of the nearest dose written with one, after it first ("50 → 75 mg"), among doses that are not per kg. */
function nearestUnit(dose: DoseMention, steps: readonly DoseStep[]): DoseUnit | undefined {
  const i = steps.findIndex((s) => s.dose === dose);
  const withUnit = (s: DoseStep | undefined) => (s?.dose.unit && !s.dose.per ? s.dose.unit : undefined);
  return withUnit(steps[i + 1]) ?? withUnit(steps[i - 1]);
}

/**
 * How often the dose is given: as written beside it; for the current dose, a frequency written elsewhere; a
 * course of days ("x5d") is daily; else that of the dose beside it ("10 qd (was 15)"), or the drug's day's dose.
 */
function frequencyOf(step: DoseStep, at: DoseContext): { frequency: Frequency; assumed: boolean } | undefined {
  if (step.dose.frequency) return { frequency: step.dose.frequency, assumed: false };
  if (step.role === 'current' && at.looseFrequency) return { frequency: at.looseFrequency, assumed: false };
  if (at.course?.days !== undefined) return { frequency: DAILY, assumed: false };
  const i = at.steps.indexOf(step);
  const beside = [at.steps[i + 1], at.steps[i - 1]].find((s) => s && (s.role === 'current' || s.role === 'earlier') && s.dose.frequency);
  if (beside) return { frequency: beside.dose.frequency!, assumed: true };
  if (at.drug.dailyUnlessSaid && !at.localRoute) return { frequency: DAILY, assumed: true };
  return undefined;
}

const DAILY: Frequency = { times: 1, per: 'd' };
