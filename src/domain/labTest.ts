import { z } from 'zod';

/**
 * What a test result says of a fact: `present` settles it (HBsAg positive: hepatitis B now); `part-absent` denies
 * one kind of it only (HBsAg negative: no hepatitis B, other infections remain); `ask` settles nothing either
 * way (anti-HBc positive: a past or hidden infection; a positive IGRA: latent tuberculosis). A result the test
 * does not list says nothing of the fact.
 */
export const ResultMeaning = z.enum(['present', 'part-absent', 'ask']);
export type ResultMeaning = z.infer<typeof ResultMeaning>;

/** A laboratory test notes report as a result (an analyte), and what its results imply for a fact of the catalog. */
export const LabTest = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/),
    label: z.string().min(1),
    /** How notes name it, in any language. */
    names: z.array(z.string().min(1)).min(1),
    fact: z.string().min(1),
    positive: ResultMeaning.optional(),
    negative: ResultMeaning.optional(),
    /** Why the results mean what they do (the clinical reading, cited where it needs a source). */
    why: z.string().min(1),
  })
  .strict();
export type LabTest = z.infer<typeof LabTest>;

export const LabTestsFile = z.object({ tests: z.array(LabTest).min(1) }).strict();
