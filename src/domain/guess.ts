import { z } from 'zod';

/**
 * What a reader took an answer's words to mean beyond what they say, shown beside the reading so the clinician can
 * check it: a number given without its unit, read in the only plausible one; a date worked out from words without
 * a year ("6 weeks ago", "in March"); a daily dose worked out from the dose written (twice daily, weekly, or as a
 * prednisone equivalent). Codes, worded where replies are (src/replies/texts).
 */
export const Guess = z.enum(['unit-assumed', 'date-resolved', 'dose-inferred']);
export type Guess = z.infer<typeof Guess>;
