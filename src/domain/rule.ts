import { z } from 'zod';
import { IsoDuration } from './isoDuration';

/**
 * Eligibility rules as data: `all` / `any` / `not` over leaves that test one fact each.
 * Thresholds carry the unit the source wrote; the catalog converts them to the fact's canonical unit once.
 */
export const Comparator = z.enum(['<', '<=', '>', '>=']);
export type Comparator = z.infer<typeof Comparator>;

export const Threshold = z.object({ op: Comparator, value: z.number(), unit: z.string().min(1) });
export type Threshold = z.infer<typeof Threshold>;

/** Both ends included: "30–100 ×10^9/L" passes at 30 and at 100. */
export const Range = z.object({ between: z.tuple([z.number(), z.number()]), unit: z.string().min(1) });
export type Range = z.infer<typeof Range>;

export const ElapsedTest = z.object({ op: Comparator, duration: IsoDuration });
export type ElapsedTest = z.infer<typeof ElapsedTest>;

const fact = z.string().min(1);

export const NumberLeaf = z.object({ fact, compare: z.union([Threshold, Range]) }).strict();
export const BooleanLeaf = z.object({ fact, is: z.boolean() }).strict();
/** A choice fact is one of `values`; a set fact contains at least one of them. */
export const MembershipLeaf = z.object({ fact, oneOf: z.array(z.string()).min(1) }).strict();
/** Time from the dated event to the evaluation date, e.g. diagnosis at least 3 months ago. */
export const ElapsedLeaf = z.object({ fact, elapsed: ElapsedTest }).strict();

/**
 * A test over the medicines of a medication fact. `some`: at least one selected use passes `test`;
 * `every`: every selected use passes (true when none is selected); `combined`: the selected medicines
 * taken together, as one regimen, pass — doses of medicines taken at the same time add up, and a
 * medicine started, changed or stopped changes the regimen.
 */
export const MedicationLeaf = z
  .object({
    medication: fact,
    quantifier: z.enum(['some', 'every', 'combined']),
    select: z
      .object({
        drugs: z.array(z.string()).min(1).optional(),
        classes: z.array(z.string()).min(1).optional(),
        routes: z.array(z.enum(['oral', 'intravenous', 'subcutaneous', 'topical', 'other'])).min(1).optional(),
        /** Taken now; for `combined`, the regimen's dose is the one taken now. */
        current: z.literal(true).optional(),
        /** Taken at any time within this period before the evaluation date; for `combined`, the period the dose is read over. */
        takenWithin: IsoDuration.optional(),
      })
      .strict()
      .default({}),
    test: z
      .object({
        /** The daily dose; for `combined`, the total of the medicines taken on the same day, at its highest. */
        dailyDose: z.union([Threshold, Range]).optional(),
        /** Time since the last change: the last dose change (doseSince) of a medicine taken now, the stop of one stopped. */
        stableFor: ElapsedTest.optional(),
        /** Time since a medicine was last started or stopped, dose changes aside (a regimen's "strength" by its medicines). */
        sameMedicinesFor: ElapsedTest.optional(),
        /** Time the medicine was taken, from start to stop (or today); for `combined`, the days any of them was taken, added up. */
        takenFor: ElapsedTest.optional(),
        /** Time since the medicine was first taken, whether or not it is still taken (a course of rituximab 4 months ago). */
        firstTakenAgo: ElapsedTest.optional(),
        /** Time since it was stopped, in the drug's half-lives; a current medicine fails. */
        stoppedForHalfLives: z.object({ op: Comparator, count: z.number().positive() }).optional(),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Rule =
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }
  | z.infer<typeof NumberLeaf>
  | z.infer<typeof BooleanLeaf>
  | z.infer<typeof MembershipLeaf>
  | z.infer<typeof ElapsedLeaf>
  | z.infer<typeof MedicationLeaf>;

export const Rule: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.object({ all: z.array(Rule).min(1) }).strict(),
    z.object({ any: z.array(Rule).min(1) }).strict(),
    z.object({ not: Rule }).strict(),
    NumberLeaf,
    BooleanLeaf,
    MembershipLeaf,
    ElapsedLeaf,
    MedicationLeaf,
  ]),
);
export type NumberLeaf = z.infer<typeof NumberLeaf>;
export type BooleanLeaf = z.infer<typeof BooleanLeaf>;
export type MembershipLeaf = z.infer<typeof MembershipLeaf>;
export type ElapsedLeaf = z.infer<typeof ElapsedLeaf>;
export type MedicationLeaf = z.infer<typeof MedicationLeaf>;

/** A test of one fact: what a criterion's evidence shows the patient's value against. */
export type LeafRule = NumberLeaf | BooleanLeaf | MembershipLeaf | ElapsedLeaf | MedicationLeaf;
