import type { Day } from '../dates/calendar';
import type { Answers, KnownFactValue } from '../domain/factValue';
import type { Guess } from '../domain/guess';
import type { Vocabulary } from '../engine/compileContext';
import type { FollowUp } from './followUp';

/** What one typed answer means; anything short of `value` or `unknown` is re-asked with `message`. */
export type ParseOutcome =
  /**
   * `summary` echoes the interpretation, e.g. "Haemoglobin: 8.5 g/dL (= 85 g/L)", so the clinician can correct it;
   * `guesses` what it took the words to mean beyond what they say (a unit assumed, a date worked out).
   */
  | { kind: 'value'; value: KnownFactValue; summary: string; guesses?: Guess[] }
  /** "unknown", "not sure", "skip"…: recorded as unknown, never as "no". */
  | { kind: 'unknown'; value: { kind: 'unknown'; entered: string } }
  /** What was expected: the accepted forms, units or range (the question card shows the fact's hint beside it). */
  | { kind: 'invalid'; message: string }
  /** Two readings with different meanings: the message asks which. */
  | { kind: 'ambiguous'; message: string }
  /**
   * One more detail before the answer can be recorded: `pending` is the reading so far (`summary` echoes it),
   * `followUp` what to ask (see replies/texts/followUpTexts.ts words it, followUp.ts's completeFollowUp reads the answer).
   */
  | { kind: 'follow-up'; pending: KnownFactValue; summary: string; followUp: FollowUp };

export interface ParseContext {
  vocabulary: Vocabulary;
  /** The day answers are relative to ("6 weeks ago"), and after which no date may lie. */
  today: Day;
  /** The answers so far: a date before the patient's birth (from the age) is asked again. */
  answers?: Answers;
}

/** An answer asked again, with why. */
export type ParseProblem = Extract<ParseOutcome, { kind: 'invalid' | 'ambiguous' }>;

export const invalid = (message: string): ParseProblem => ({ kind: 'invalid', message });
export const ambiguous = (message: string): ParseProblem => ({ kind: 'ambiguous', message });

/** Lists options for a message: "a, b or c". */
export function listOf(items: readonly string[], conjunction = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Quotes typed text in a message, shortened so a pasted paragraph does not flood the chat. */
export function quote(text: string): string {
  const trimmed = text.trim();
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}”`;
}
