import { z } from 'zod';

/** An ISO 8601 calendar duration such as P3M, P12W, P2W or P1Y (no time part: criteria count days, not hours). */
export const IsoDuration = z
  .string()
  .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'expected an ISO 8601 duration such as P3M, P12W or P14D');
export type IsoDuration = z.infer<typeof IsoDuration>;

/** A calendar date as precise as the source gives it: 2026, 2026-07 or 2026-07-01. */
export const PartialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;
