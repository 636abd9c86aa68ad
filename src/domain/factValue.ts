import { z } from 'zod';

/**
 * A closed interval of calendar days (days since 1970-01-01, UTC). "March 2026" is the whole month:
 * criteria that the month cannot decide stay unknown instead of being guessed.
 */
export const DayInterval = z
  .object({ earliest: z.number().int(), latest: z.number().int() })
  .refine((d) => d.earliest <= d.latest, 'earliest must not be after latest');
export type DayInterval = z.infer<typeof DayInterval>;

/**
 * A closed interval in the fact's canonical unit; a point when low = high. An absent bound is open
 * ("> 100" has no high): absent, not ±Infinity, because state is stored as JSON, which has no Infinity.
 */
export const NumberInterval = z
  .object({ low: z.number().optional(), high: z.number().optional() })
  .refine((n) => n.low !== undefined || n.high !== undefined, 'an interval needs at least one bound')
  .refine((n) => n.low === undefined || n.high === undefined || n.low <= n.high, 'low must not exceed high');
export type NumberInterval = z.infer<typeof NumberInterval>;

/** A dose of a course before its current one: held from `since` (when said) until the next dose began. */
export const EarlierDose = z.object({
  dailyDose: NumberInterval.optional(),
  doseEntered: z.string().optional(),
  since: DayInterval.optional(),
});
export type EarlierDose = z.infer<typeof EarlierDose>;

/** The highest daily dose taken on any day from `from` to `to` (both days included), as the clinician gave it. */
export const HighestDose = z.object({ dailyDose: NumberInterval, from: z.number().int(), to: z.number().int() });
export type HighestDose = z.infer<typeof HighestDose>;

/** A guess a daily dose rests on: its unit, or its frequency. */
export const DoseAssumption = z.enum(['unit', 'frequency']);
export type DoseAssumption = z.infer<typeof DoseAssumption>;

/** One medicine in a medication answer; every part the clinician did not give stays absent (unknown). */
export const MedicationUse = z.object({
  drug: z.string().min(1),
  /** Daily dose in the fact's dose unit (prednisone-equivalent for corticosteroids). */
  dailyDose: NumberInterval.optional(),
  /** The dose as the clinician wrote it ("1.5 mg daily"), quoted beside the converted one. */
  doseEntered: z.string().optional(),
  route: z.enum(['oral', 'intravenous', 'subcutaneous', 'topical', 'other']).optional(),
  current: z.boolean(),
  started: DayInterval.optional(),
  /** Since when the current dose has been unchanged; absent when not given (never taken to be `started`). */
  doseSince: DayInterval.optional(),
  stopped: DayInterval.optional(),
  /** Doses of this course before the current one, oldest first ("since March, reduced from 20 mg"). */
  earlierDoses: z.array(EarlierDose).optional(),
  /** The highest daily dose in a period, when asked for or said ("at most 15 mg in the last 3 months"). */
  highest: HighestDose.optional(),
  /**
   * What the reader assumed to work out a daily dose, shown beside it so the clinician can correct it: the
   * dose's unit ("HCQ 200 bd": mg, the drug's usual unit) or its frequency ("pred 15": a day's dose).
   */
  assumed: z.array(DoseAssumption).optional(),
});
export type MedicationUse = z.infer<typeof MedicationUse>;

/** What the clinician said, as they said it, kept so every verdict can quote the patient's value. */
const entered = z.string().min(1);

export const FactValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('unknown'), entered: entered.optional() }),
  z.object({ kind: z.literal('number'), value: NumberInterval, entered }),
  z.object({ kind: z.literal('boolean'), value: z.boolean(), entered }),
  z.object({ kind: z.literal('choice'), value: z.string(), entered }),
  z.object({ kind: z.literal('set'), values: z.array(z.string()), entered }),
  /** `value` absent means the event never happened ("no thrombosis"). */
  z.object({ kind: z.literal('date'), value: DayInterval.optional(), entered }),
  z.object({ kind: z.literal('medication'), uses: z.array(MedicationUse), entered }),
]);
export type FactValue = z.infer<typeof FactValue>;
export type KnownFactValue = Exclude<FactValue, { kind: 'unknown' }>;

/** The answers about one patient, keyed by fact id. A missing key means "not asked yet". */
export const Answers = z.record(z.string(), FactValue);
export type Answers = z.infer<typeof Answers>;
