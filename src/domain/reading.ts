import { z } from 'zod';
import { DayInterval, NumberInterval } from './factValue';
import { Bound, UlnRatio } from './parseProblem';

/*
 * How an answer's words were read, echoed so the clinician can correct it ("Haemoglobin: 8.5 g/dL (= 85 g/L)."):
 * the reading's shape and notes as codes, worded where replies are (src/replies/texts/<locale>/readings.ts). A
 * reading waiting for confirmation or for one more word is kept in the conversation's state, so each is a schema.
 */

/** What a medication answer said beside its medicines, and what was not recorded of it. */
export const MedicineNote = z.discriminatedUnion('code', [
  /** "no prednisone" beside medicines taken. */
  z.object({ code: z.literal('not-taken'), drug: z.string() }),
  /** A medicine no question covers ("+ folic acid"), as typed. */
  z.object({ code: z.literal('not-asked'), typed: z.string() }),
  /** A misspelt name, read as the drug. */
  z.object({ code: z.literal('read-as'), typed: z.string(), drug: z.string() }),
  /** What the answer lacks for a medicine: its dose (or why it gives no daily dose), its start, its stop. */
  z.object({
    code: z.literal('not-given'),
    drug: z.string(),
    missing: z.array(
      z.discriminatedUnion('what', [
        z.object({ what: z.enum(['dose', 'started', 'stopped']) }),
        z.object({ what: z.literal('per-body'), entered: z.string(), per: z.enum(['kg', 'm2']) }),
        z.object({ what: z.enum(['not-mass', 'no-frequency', 'as-needed']), entered: z.string() }),
      ]),
    ),
  }),
  /** Numbers read in the unit the drug is dosed in ("200" as 200 mg). */
  z.object({ code: z.literal('unit-assumed'), drug: z.string(), doses: z.array(z.object({ amount: z.string(), unit: z.string() })) }),
  /** A dose without how often: the day's dose, or as often as the dose beside it. */
  z.object({ code: z.literal('frequency-assumed'), drug: z.string(), daily: z.boolean() }),
  z.object({ code: z.literal('not-understood'), words: z.array(z.string()) }),
  /** Planned, refused, an allergy or not yet started. */
  z.object({ code: z.literal('planned'), drugs: z.array(z.string()) }),
  z.object({ code: z.literal('stopped-before-period'), drugs: z.array(z.string()) }),
]);
export type MedicineNote = z.infer<typeof MedicineNote>;

export const Reading = z.discriminatedUnion('as', [
  /** The value as recorded. */
  z.object({ as: z.literal('recorded') }),
  /** Options, with each misspelling and the option it was read as. */
  z.object({ as: z.literal('options'), corrections: z.array(z.object({ typed: z.string(), code: z.string() })) }),
  /** A date as the days it means (a month or a year is any day in it), or "never". */
  z.object({ as: z.literal('dated') }),
  /** A number in the unit it was typed in (converted when another); `unitAssumed` when typed without one. */
  z.object({ as: z.literal('quantity'), amount: z.number(), unit: z.string(), bound: Bound.optional(), unitAssumed: z.literal(true).optional() }),
  z.object({ as: z.literal('uln'), ratio: UlnRatio }),
  /** A total score less the items the fact leaves out. */
  z.object({ as: z.literal('total-less'), total: z.number(), items: z.number() }),
  /** The highest of several parts, each with its value in the fact's unit. */
  z.object({ as: z.literal('highest-of'), parts: z.array(z.object({ part: z.string(), value: NumberInterval })) }),
  /** An option decided by when it happened: the latest date said. */
  z.object({ as: z.literal('dated-choice'), latest: DayInterval }),
  /** "normal": the fact's normal range. */
  z.object({ as: z.literal('normal') }),
  /** Medicines with their doses and dates, their earlier doses, then the notes. */
  z.object({ as: z.literal('medicines'), notes: z.array(MedicineNote) }),
  /**
   * None in the question's period; `stopped`: the class was stopped before it. `notes` when the words named
   * medicines too (planned, or stopped before the period): the sentence closes, and they follow.
   */
  z.object({ as: z.literal('no-medicines'), stopped: DayInterval.optional(), notes: z.array(MedicineNote).optional() }),
]);
export type Reading = z.infer<typeof Reading>;

/** The value as recorded, echoed as it is. */
export const RECORDED: Reading = { as: 'recorded' };
