import { z } from 'zod';
import { Choice } from './factDefinition';

/** A diagnosis a clinician can name; `group` lets criteria speak of "any connective-tissue disease". */
export const Condition = Choice.extend({
  groups: z.array(z.string()).default([]),
});
export type Condition = z.infer<typeof Condition>;
export const ConditionsFile = z.object({ conditions: z.array(Condition).min(1) });

/** A cited pharmacological value: every number a verdict rests on says where it comes from. */
const Sourced = <T extends z.ZodType>(value: T) => z.object({ value, source: z.string().min(1) });

export const Drug = z.object({
  code: z.string().regex(/^[a-z0-9_]+$/),
  label: z.string().min(1),
  /** Brand names, abbreviations and the short forms clinicians type (methylpred, MMF, HCQ). */
  synonyms: z.array(z.string()).default([]),
  classes: z.array(z.string()).min(1),
  /** Dose equal in glucocorticoid effect to 5 mg of prednisone. */
  equivalentToPrednisone5mg: Sourced(z.number().positive()).optional(),
  /** Terminal elimination half-life in hours, for "stopped for more than 5 half-lives". */
  halfLifeHours: Sourced(z.number().positive()).optional(),
});
export type Drug = z.infer<typeof Drug>;
export const DrugsFile = z.object({ drugs: z.array(Drug).min(1) });
