import { z } from 'zod';
import { PartialDate } from './isoDuration';

/**
 * The patient file `npm run match` reads: one de-identified patient, facts keyed by fact id
 * (see seeds/facts/facts.yaml), "unknown" for facts the clinician does not know.
 */
const Unknown = z.literal('unknown');
const Quantity = z.object({ value: z.number(), unit: z.string().min(1) }).strict();

/** A dose of a course before its current one, and since when it was taken (when known). */
const PreviousDose = z.object({ dose: Quantity.optional(), since: PartialDate.optional() }).strict();

export const PatientMedication = z
  .object({
    drug: z.string().min(1),
    /** A dose rate in UCUM, e.g. { value: 15, unit: "mg/wk" }. */
    dose: Quantity.optional(),
    route: z.enum(['oral', 'intravenous', 'subcutaneous', 'topical', 'other']).optional(),
    started: PartialDate.optional(),
    doseSince: PartialDate.optional(),
    /** Absent means the medicine is still taken. */
    stopped: PartialDate.optional(),
    /** Earlier doses of the same course, oldest first ("20 mg from March, then 10 mg since June"). */
    previousDoses: z.array(PreviousDose).optional(),
    /** The highest daily dose taken from `from` to `to` (both included), when that is what is known. */
    highestDose: z.object({ dose: Quantity, from: PartialDate, to: PartialDate }).strict().optional(),
  })
  .strict();
export type PatientMedication = z.infer<typeof PatientMedication>;

export const PatientFactInput = z.union([
  Unknown,
  z.number(),
  Quantity,
  z.boolean(),
  z.string(),
  z.array(z.string()),
  z.array(PatientMedication),
  z.null(),
]);
export type PatientFactInput = z.infer<typeof PatientFactInput>;

export const PatientFile = z
  .object({
    description: z.string().optional(),
    /** The day eligibility is judged on; defaults to today. */
    evaluationDate: z.iso.date().optional(),
    facts: z.record(z.string(), PatientFactInput),
  })
  .strict();
export type PatientFile = z.infer<typeof PatientFile>;
