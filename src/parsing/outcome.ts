import type { Day } from '../dates/calendar';
import type { Answers, KnownFactValue } from '../domain/factValue';
import type { Guess } from '../domain/guess';
import type { ParseProblem } from '../domain/parseProblem';
import type { Reading } from '../domain/reading';
import type { AnswerProblem } from '../domain/unclearReason';
import type { Vocabulary } from '../engine/compileContext';
import type { FollowUp } from './followUp';

/** What one typed answer means; anything short of `value` or `unknown` is re-asked with its problem. */
export type ParseOutcome =
  /**
   * `reading` is how the words were read, echoed so the clinician can correct it ("Haemoglobin: 8.5 g/dL (= 85 g/L)");
   * `guesses` what it took the words to mean beyond what they say (a unit assumed, a date worked out).
   */
  | { kind: 'value'; value: KnownFactValue; reading: Reading; guesses?: Guess[] }
  /** "unknown", "not sure", "skip"…: recorded as unknown, never as "no". */
  | { kind: 'unknown'; value: { kind: 'unknown'; entered: string } }
  /** What was expected: the accepted forms, units or range (the question card shows the fact's hint beside it). */
  | { kind: 'invalid'; problem: AnswerProblem }
  /** Two readings with different meanings: the problem asks which. */
  | { kind: 'ambiguous'; problem: AnswerProblem }
  /**
   * One more detail before the answer can be recorded: `pending` is the reading so far (`reading` echoes it),
   * `followUp` what to ask (replies/texts word it, followUp.ts's completeFollowUp reads the answer).
   */
  | { kind: 'follow-up'; pending: KnownFactValue; reading: Reading; followUp: FollowUp };

export interface ParseContext {
  vocabulary: Vocabulary;
  /** The day answers are relative to ("6 weeks ago"), and after which no date may lie. */
  today: Day;
  /** The answers so far: a date before the patient's birth (from the age) is asked again. */
  answers?: Answers;
}

/** An answer asked again, with why. */
export type ParseFailure = Extract<ParseOutcome, { kind: 'invalid' | 'ambiguous' }>;

export const invalid = (problem: ParseProblem): ParseFailure => ({ kind: 'invalid', problem });
export const ambiguous = (problem: ParseProblem): ParseFailure => ({ kind: 'ambiguous', problem });
