import type { Detail, FactDetail } from '../domain/detail';
import type { DayInterval, FactValue } from '../domain/factValue';
import type { LeafRule } from '../domain/rule';
import type { Criterion, TrialRecord } from '../domain/trialRecord';
import type { Truth } from './truth';

/**
 * What the engine took an answer to imply, beyond its words, shown beside the value it read: a medicine whose
 * dose has not changed since a date was taken since at least then; a highest dose given over a period.
 */
export type Inference =
  | { kind: 'taken-since'; drug: string; since: DayInterval }
  | { kind: 'highest-dose'; drug: string; from: number; to: number };

/**
 * One fact tested by one leaf of a rule: what was required, what the patient has, and the outcome — as data,
 * worded when shown (src/replies/texts/<locale>/evidence.ts).
 */
export interface Evidence {
  fact: string;
  /** The requirement: the rule's leaf, its threshold in the unit the source wrote. */
  test: LeafRule;
  /** The patient's value, answered (or "unknown") or implied by another answer; absent when not asked. */
  value?: FactValue;
  truth: Truth;
  /** True when the fact has not been asked yet (as opposed to answered). */
  missing: boolean;
  /** Answered "unknown" (as opposed to not asked, or answered with a value). */
  answeredUnknown: boolean;
  /** For an answer that leaves the test unknown: the details of it the test reads and the answer lacks. */
  details?: Detail[];
  /** What was taken to follow from the answer (shown with the value). */
  inferred?: Inference[];
}

export type CriterionStatus = 'met' | 'not-met' | 'unknown' | 'to-confirm';

export interface CriterionResult {
  id: string;
  kind: Criterion['kind'];
  source: string;
  section?: string;
  interpretation?: string;
  confirmOnly?: string;
  status: CriterionStatus;
  /** The criterion rules the patient out (an inclusion not met, or an exclusion met). */
  excludes: boolean;
  evidence: Evidence[];
}

export type Verdict = 'eligible' | 'ineligible' | 'needs-info';

/** Why a recorded recruitment status may no longer be true: each says to confirm it with the contact. */
export type StatusWarning =
  /** The registry itself calls the status doubtful ("Unknown"). */
  | { code: 'doubtful-status'; status: string }
  | { code: 'no-update-date' }
  /** Last updated (as the source labels the date) more than 12 months before `day`. */
  | { code: 'old-update'; label: string; date: string; day: number }
  /** An estimated completion date (as the source labels it) that has passed. */
  | { code: 'completion-passed'; label: string; date: string };

export interface StatusReport {
  recorded: string;
  asOf?: { date: string; label: string };
  warnings: StatusWarning[];
}

/**
 * What the open criteria of an undecided trial wait for that a question could settle — facts not yet asked
 * and details answers lack — as items of the FactOrder, each beside its criterion as `trialId/criterionId`
 * (an item appears once per criterion reading it).
 */
export interface OpenFacts {
  readonly positions: readonly number[];
  readonly criteria: readonly string[];
}

/**
 * A trial's verdict for one patient, with what choosing the next question needs. The explanation is
 * `details()`: across a large catalog only the trials shown are ever explained, so it is worked out on
 * first call (from the answers as they were when the result was made) and kept.
 */
export interface TrialResult {
  readonly trialId: string;
  readonly record: TrialRecord;
  readonly verdict: Verdict;
  readonly status: StatusReport;
  /** What an undecided trial's open criteria wait for; empty for a decided one. */
  readonly open: OpenFacts;
  // `this` typed so that a destructured, unbound `details` does not compile.
  details(this: TrialResult): TrialDetails;
  /**
   * For a trial ruled out, the first criterion (in record order) that rules the patient out, as `details().deciding[0]`
   * would give it but without explaining the other criteria; undefined for a trial not ruled out.
   */
  exclusion(this: TrialResult): CriterionResult | undefined;
}

export interface TrialDetails {
  criteria: CriterionResult[];
  /** Criteria that decide the verdict: those that exclude, else those still unknown, else all that were met. */
  deciding: CriterionResult[];
  /** Facts not yet asked that could still change this verdict, in catalog order. */
  missingFacts: string[];
  /** Facts answered "unknown" that leave a criterion open. */
  unknownFacts: string[];
  /** Facts answered with a value that leaves a criterion open, with nothing more of it to ask (confirmed at screening). */
  undecidedFacts: string[];
  /** Details of answers given that an open criterion reads and the answers lack ("when azathioprine was started"). */
  openDetails: FactDetail[];
  toConfirm: CriterionResult[];
}
