import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import type { QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import type { FollowUp } from '../parsing/followUp';
import type { KnownFactValue } from '../domain/factValue';
import type { Reading } from '../domain/reading';
import type { AnswerProblem } from '../domain/unclearReason';
import type { IdentifierKind } from '../summary/identifierKind';
import type { FactDetail } from '../domain/detail';
import type { AskedItem, PendingReading } from './state';

/**
 * What the screening says, as data — codes, ids and values, never a sentence: the channel layer turns each into
 * text and cards in the conversation's language (src/replies), so a language or another channel is a change there,
 * not here.
 */

/** A question to put on screen. */
export interface Question {
  seq: number;
  /** One item (a fact, or a detail of its answer), or a group asked on one card. */
  items: AskedItem[];
  /** Undecided trials the answers bear on. */
  trialCount: number;
  /** Why the previous answer was not taken (re-asked), as the parser's problem; per item for a group. */
  problems?: { item: AskedItem; problem: AnswerProblem }[];
  /** One more word each reading needs before it is recorded, one per item asked: the reading so far, and what to ask. */
  followUps?: { fact: string; pending: KnownFactValue; reading: Reading; followUp: FollowUp }[];
  /** For details asked: the answers they complete, as recorded (the question names the medicine and its dose). */
  recorded?: Answers;
}

/** How an answer was recorded. */
export type Noted =
  | { fact: string; as: 'value'; value: KnownFactValue; reading: Reading }
  | { fact: string; as: 'unknown' }
  /** Three unreadable answers: recorded as unknown. */
  | { fact: string; as: 'unreadable' }
  /** A detail asked and not given (left blank, "unknown", or unreadable three times): the answer stays as it was. */
  | { fact: string; as: 'detail-not-given'; detail: FactDetail };

/** Why the screening stopped asking and shows the results. */
export type ResultsReason = 'all-decided' | 'only-unknowns-left' | 'asked';

export type Reply =
  /** A screening begins (a new conversation, a restart, or a stored state that could not be used): nothing is said. */
  | { kind: 'started' }
  /** The screening reached its verdicts for the first time (every study decided, or only unknowns left): nothing is said. */
  | { kind: 'screened'; results: TrialResult[]; day: Day }
  | { kind: 'welcome' }
  /** The stored state could not be used (another version, or invalid): a new screening starts. */
  | { kind: 'state-reset'; reason: 'version' | 'invalid' }
  | { kind: 'question'; question: Question }
  /** A card submitted with every field blank: nothing recorded, the card asked again. */
  | { kind: 'nothing-filled' }
  /** Answers recorded (one, or a card's), and the trials they ruled out; `brief`: said as a count (a summary's facts, shown on its card already). */
  | { kind: 'noted'; noted: Noted[]; ruledOut: TrialResult[]; brief?: boolean }
  /** `declined`: details asked and not given, said as "not given" (not as answered "unknown"). */
  | { kind: 'results'; reason: ResultsReason; results: TrialResult[]; declined: FactDetail[] }
  /** Result cards `from` … `to` (exclusive) of the studies not ruled out, and how many are left after them. */
  | { kind: 'result-cards'; results: TrialResult[]; from: number; to: number; declined: FactDetail[] }
  /** Facts read from a pasted summary, to confirm; identifiers found in it are only counted. */
  | { kind: 'reading'; reading: PendingReading; ignored: { kind: IdentifierKind; count: number }[]; readUpTo?: number }
  /** A pasted summary from which nothing could be read. */
  | { kind: 'nothing-read'; ignored: { kind: IdentifierKind; count: number }[] }
  | { kind: 'reading-discarded' }
  /** A message while a reading waits that neither confirms nor discards it. */
  | { kind: 'reading-waits' }
  | { kind: 'paused' }
  | { kind: 'help' }
  | { kind: 'summary'; answers: Answers; answered: string[] }
  | { kind: 'why'; item: AskedItem; candidate: QuestionCandidate | undefined }
  | { kind: 'no-open-question' }
  | { kind: 'referral'; result: TrialResult | undefined; answers: Answers; answered: string[]; declined: FactDetail[]; day: Day }
  /** "back": the answers of the last card were undone (their items are asked again). */
  | { kind: 'undone'; items: AskedItem[] }
  | { kind: 'nothing-to-undo' }
  | { kind: 'restarted' }
  /** A button of another question (an earlier one, or one of a screening since forgotten): not applied. */
  | { kind: 'stale-button'; staleFact: string | undefined; open: boolean }
  /** After the results, a message that is no command. */
  | { kind: 'finished' }
  /** The same activity delivered again: recognised, not applied twice. */
  | { kind: 'duplicate' }
  /** The clinician named a language ("中文", "English"): from here on every reply is said in it. */
  | { kind: 'language-chosen' };
