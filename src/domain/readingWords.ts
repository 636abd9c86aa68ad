import { z } from 'zod';

const Phrases = z.array(z.string().min(1));

/**
 * The words a typed answer is read by as a whole, per language (seeds/reading/words.<lang>.yaml): a yes, a no, "I
 * don't know", "none", and how a negative answer begins. Each language's words are read in every conversation,
 * as the assertion rules are: a clinician may answer in either.
 */
export const ReadingWords = z
  .object({
    yes: Phrases,
    no: Phrases,
    /** "I don't know" however worded: recorded as unknown, never as a no. */
    unknown: Phrases,
    /**
     * A test not done ("never tested", "未查"): the answer says nothing of the patient. Words that may come first, the
     * negation, words that may stand between, what was not done, and what may close the answer.
     */
    notDone: z.object({ before: Phrases, negations: Phrases, between: Phrases, done: Phrases, after: Phrases }).strict(),
    /** "None of these", "never": a complete answer where the question allows one. */
    none: Phrases,
    /** How a negative answer begins ("has never", "没有"); what follows is what it denies. */
    negations: Phrases,
    /** Words that may stand in a denial of an event besides its name ("never had any clots", "从来没有过血栓"). */
    denialFillers: Phrases,
    /** Who a negative answer may name before its negation ("the patient has not…", "患者无…"). */
    subjects: Phrases,
    /** Words after a no that say it is not the whole answer ("no, but once in 2019", "无，但曾…"). */
    goesOn: Phrases,
    /** Words a value may follow besides the fact's own names ("the latest", "now", "最新", "复查"). */
    valueLeads: Phrases,
    /** A value said to be normal, for facts with a normal range ("LFTs normal", "肝功能正常"). */
    normal: Phrases,
    /** What names a laboratory's upper limit of normal beside a value ("ALT 80 U/L (ULN 40)", "ALT 120，正常上限40"). */
    upperLimit: Phrases,
    /** Words between two values that make them a trend ("18 then 35", "falling to 35", "3.6g降至2.1g"). */
    trends: Phrases,
    /** Typed to a pasted note's confirmation card, besides a yes or a no: record what was read ("looks good", "确认"), or not ("discard", "取消"). */
    confirm: Phrases,
    discard: Phrases,
    /** A dose unchanged since the medicine was started, answering when its dose last changed ("same", "剂量未变"). */
    sameDose: Phrases,
    /** Today's dose named as the highest one, answering for the highest dose in a window ("the current dose", "当前剂量"). */
    currentDose: Phrases,
  })
  .strict();
export type ReadingWords = z.infer<typeof ReadingWords>;
