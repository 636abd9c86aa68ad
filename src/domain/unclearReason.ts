import { z } from 'zod';
import { FactValue } from './factValue';
import { ParseProblem } from './parseProblem';
import { Reading } from './reading';

/**
 * Why a fact read from a pasted summary is asked rather than recorded, as a code: kept with the reading in the
 * conversation's state, worded where replies are (src/replies/texts/<locale>/unclear.ts).
 */
export const UnclearReason = z.discriminatedUnion('code', [
  z.object({ code: z.literal('doubt') }),
  /** Only one kind of the fact is denied ("HBV/HCV neg" for active infection, "not pregnant"). */
  z.object({ code: z.literal('partial') }),
  z.object({ code: z.literal('no-date') }),
  z.object({ code: z.literal('which') }),
  /** "Not on steroids": now only, while the question covers the last 12 months. */
  z.object({ code: z.literal('now-only') }),
  /** A medicine said to have failed, been planned, tapered…: whether and how it is taken is not plain. */
  z.object({ code: z.literal('status'), drug: z.string() }),
  /** A month the parser did not read as a date ("since Apr"): recording without it would drop the date. */
  z.object({ code: z.literal('unread-date'), drug: z.string() }),
  z.object({ code: z.literal('conflict') }),
  /** A test result that does not settle the fact ("anti-HBc positive": a past or hidden infection; "HBsAg 0.01 IU/mL"). */
  z.object({ code: z.literal('test-result') }),
  /** The parser reads it but needs one more detail before recording (a dose change, a confirmation): the reading so far. */
  z.object({ code: z.literal('follow-up'), value: FactValue, reading: Reading }),
  z.object({ code: z.literal('parse'), problem: ParseProblem }),
]);
export type UnclearReason = z.infer<typeof UnclearReason>;

/** A fact a summary names but does not settle, the words it came from, and why it is asked. */
export const UnclearFact = z.object({ fact: z.string(), source: z.string(), reason: UnclearReason });
export type UnclearFact = z.infer<typeof UnclearFact>;

/** Why an answer is asked again: a parser's problem, or what reading a typed reply as a summary left unclear. */
export type AnswerProblem = ParseProblem | { code: 'unclear'; unclear: UnclearFact };
