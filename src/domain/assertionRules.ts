import { z } from 'zod';

/**
 * What a mention of a fact is, as said: stated (affirmed), denied, denied for now only (medicines: "not on
 * steroids"), doubted, planned, in the past, an allergy or intolerance to it, or said of someone else.
 */
export const AssertionStatus = z.enum(['negated', 'negated-now', 'uncertain', 'planned', 'historical', 'allergy', 'family']);
export type AssertionStatus = z.infer<typeof AssertionStatus>;

const Phrases = z.array(z.string().min(1));

/** The trigger words of assertion statuses and their scope rules, per language (seeds/reading/assertion.<lang>.yaml). */
export const AssertionRules = z
  .object({
    before: z.partialRecord(AssertionStatus, Phrases),
    after: z.partialRecord(z.union([AssertionStatus, z.literal('affirmed')]), Phrases),
    /** Words after a denial that limit it to others than one named elsewhere ("no other cancer", "no new DVT"). */
    others: Phrases.default([]),
    doubt: Phrases,
    pseudo: Phrases.default([]),
    terminators: Phrases,
    corrections: Phrases.default([]),
    sections: z.partialRecord(AssertionStatus, Phrases).default({}),
    /** What a test's result is said to be (seeds/facts/tests.yaml says what each implies). */
    results: z.object({ positive: Phrases, negative: Phrases }).strict(),
  })
  .strict();
export type AssertionRules = z.infer<typeof AssertionRules>;
