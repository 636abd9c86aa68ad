import { z } from 'zod';
import { FactDefinition } from './factDefinition';
import { PartialDate } from './isoDuration';
import { Rule } from './rule';

/** Contact details exactly as the source gives them; a field the source leaves out stays absent. */
export const Contact = z
  .object({
    name: z.string().min(1),
    role: z.string().optional(),
    phone: z.string().optional(),
    email: z.email().optional(),
    affiliation: z.string().optional(),
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

export const Site = z
  .object({
    name: z.string().min(1),
    city: z.string().optional(),
    state: z.string().optional(),
    country: z.string().optional(),
    status: z.string().optional(),
    contacts: z.array(Contact).default([]),
    note: z.string().optional(),
  })
  .strict();
export type Site = z.infer<typeof Site>;

/** A criterion either has a machine-checkable rule or can only be confirmed by the investigator. */
export const Criterion = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
    kind: z.enum(['inclusion', 'exclusion']),
    /** The sentence as the source prints it (checked against the source file at load). */
    source: z.string().min(1),
    /** Where in the source it stands when not in the criteria list, e.g. "Full description". */
    section: z.string().optional(),
    rule: Rule.optional(),
    /** Why only the investigator can confirm it (consent, adherence, clinical judgement). */
    confirmOnly: z.string().optional(),
    /** How the rule reads the source where the source is ambiguous or garbled. */
    interpretation: z.string().optional(),
  })
  .strict()
  .refine((c) => (c.rule === undefined) !== (c.confirmOnly === undefined), {
    message: 'a criterion needs exactly one of `rule` or `confirmOnly`',
  });
export type Criterion = z.infer<typeof Criterion>;

const Dated = z.object({ date: PartialDate, label: z.string().min(1) }).strict();

export const TrialRecord = z
  .object({
    /** Short stable slug used in file names and results. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    /** Registry identifier where the source has one; never invented. */
    registryId: z.string().nullable(),
    sourceFile: z.string().min(1),
    sourceDescription: z.string().min(1),
    titles: z.object({ brief: z.string().min(1), official: z.string().optional(), acronym: z.string().optional() }).strict(),
    conditions: z.array(z.string().min(1)).min(1),
    interventions: z.array(z.string().min(1)).min(1),
    phase: z.string().min(1),
    design: z.record(z.string(), z.string()),
    enrollment: z.object({ target: z.number().int().nonnegative(), kind: z.string() }).strict(),
    recruitment: z
      .object({
        status: z.string().min(1),
        /** The date the source says the record was last verified or updated; absent when it gives none. */
        asOf: Dated.optional(),
      })
      .strict(),
    dates: z.array(Dated).default([]),
    /** Dates that, once passed, make the recorded status doubtful. */
    estimatedCompletion: z.array(Dated).default([]),
    eligibility: z
      .object({
        ages: z
          .object({ min: z.number().optional(), max: z.number().optional(), source: z.string().min(1) })
          .strict()
          .optional(),
        sex: z.object({ value: z.enum(['all', 'female', 'male']), source: z.string().min(1) }).strict(),
        healthyVolunteers: z.boolean().optional(),
      })
      .strict(),
    sponsor: z.object({ lead: z.string().min(1), collaborators: z.array(z.string()).default([]) }).strict(),
    contacts: z.array(Contact).default([]),
    sites: z.array(Site).default([]),
    criteria: z.array(Criterion).min(1),
    /** Facts only this trial needs; adding a trial with a new question is adding its file. */
    facts: z.array(FactDefinition).default([]),
    notes: z.array(z.string()).default([]),
  })
  .strict();
export type TrialRecord = z.infer<typeof TrialRecord>;
