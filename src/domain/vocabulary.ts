import { z } from 'zod';
import { Choice } from './factDefinition';

/** A diagnosis a clinician can name; `group` lets criteria speak of "any connective-tissue disease". */
export const Condition = Choice.extend({
  groups: z.array(z.string()).default([]),
  /**
   * The condition's form when the words give it a cause ("RPF due to methysergide" is secondary RPF), and the form
   * for a cause that is itself a condition of the list ("RPF secondary to IgG4-RD" is IgG4-related RPF).
   */
  secondary: z.object({ form: z.string().min(1), byCause: z.record(z.string(), z.string()).default({}) }).strict().optional(),
});
export type Condition = z.infer<typeof Condition>;
export const ConditionsFile = z.object({ conditions: z.array(Condition).min(1) });

/** A cited pharmacological value: every number a verdict rests on says where it comes from. */
const Sourced = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });

/**
 * A cited value the source gives as a range, kept beside the value taken from it: the drugs file's rule is
 * the upper end of the label's range (a washout never judged complete too early, a dose never refused
 * below the label's highest), and the catalog check holds every value to it.
 */
const RangeSourced = z.object({
  value: z.number().positive(),
  /** The range the source gives, in the value's unit; absent when the source gives a single figure. */
  range: z.tuple([z.number().nonnegative(), z.number().positive()]).optional(),
  source: z.string().min(1),
});
export type RangeSourced = z.infer<typeof RangeSourced>;

/**
 * How a dose typed without its unit is read ("HCQ 200 bd", "HCQ 0.2 bid", "cellcept 750"): in `unit` when
 * the number lies in `range` (one dose, in that unit, as the label doses it), in grams when a dose in mg does
 * not but the same number in grams would ("0.2" of hydroxychloroquine), and asked otherwise. A range spanning
 * less than a thousandfold lets only one reading fit. `names`: only when the drug is named so (enoxaparin is
 * dosed in mg, unfractionated heparin in units).
 */
export const PlainDose = z
  .object({
    unit: z.enum(['mg', 'g', 'U']),
    range: z.tuple([z.number().positive(), z.number().positive()]),
    names: z.array(z.string().min(1)).min(1).optional(),
    source: z.string().min(1),
  })
  .refine((d) => d.range[0] <= d.range[1], { message: 'range must go from low to high', path: ['range'] })
  .refine((d) => d.range[1] < 1000 * d.range[0], { message: 'a range of a thousandfold or more would read a number both in mg and in g', path: ['range'] });
export type PlainDose = z.infer<typeof PlainDose>;

export const Drug = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  /** Brand names, abbreviations and the short forms clinicians type (methylpred, MMF, HCQ). */
  synonyms: z.array(z.string()).default([]),
  classes: z.array(z.string()).min(1),
  /** Dose equal in glucocorticoid effect to 5 mg of prednisone. */
  equivalentToPrednisone5mg: Sourced(z.number().positive()).optional(),
  /** Terminal elimination half-life in hours, for "stopped for more than 5 half-lives". */
  halfLifeHours: RangeSourced.optional(),
  plainDose: PlainDose.optional(),
  /** Names that say the route ("IVMP": methylprednisolone given intravenously), read as if the route were written. */
  routeInName: z.record(z.string().min(1), z.enum(['oral', 'intravenous', 'subcutaneous', 'topical', 'other'])).optional(),
  /**
   * A dose written without its frequency is the day's dose: notes write a glucocorticoid's daily dose so
   * ("pred 15", "IVMP 500 x3"), and an IVIG course is dosed per day. Not for a dose given on a route the words
   * name as topical or other (an intra-articular injection is no day's dose).
   */
  dailyUnlessSaid: z.object({ source: z.string().min(1) }).optional(),
  /** Given as infusions or courses ("IVIG in Sept", "rituximab on 3 Oct"): a date said alone is when one was last given. */
  givenInCourses: z.object({ source: z.string().min(1) }).optional(),
});
export type Drug = z.infer<typeof Drug>;

/** A drug class: the words that name the whole class in an answer, and what doses of it are plausible. */
export const DrugClass = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  /** "steroids", "immunosuppressants": an answer about the class as a whole ("stopped all steroids"). */
  names: z.array(z.string().min(1)).default([]),
  /**
   * The highest plausible daily dose, in `unit` (prednisone-equivalent for corticosteroids): answers
   * above it are re-asked.
   */
  maxDailyDose: RangeSourced.extend({ unit: z.string().min(1) }).optional(),
});
export type DrugClass = z.infer<typeof DrugClass>;

export const DrugsFile = z.object({ classes: z.array(DrugClass).default([]), drugs: z.array(Drug).min(1) });
