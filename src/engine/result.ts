import type { Criterion, TrialRecord } from '../domain/trialRecord';
import type { Truth } from './truth';

/** One fact tested by one leaf of a rule: what was required, what the patient has, and the outcome. */
export interface Evidence {
  fact: string;
  factLabel: string;
  /** The requirement in clinical words, with the threshold as the source wrote it. */
  test: string;
  /** The patient's value as entered (and in the canonical unit when converted); absent when not known. */
  value?: string;
  truth: Truth;
  /** True when the fact has not been asked yet (as opposed to answered "unknown"). */
  missing: boolean;
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

export interface StatusReport {
  recorded: string;
  asOf?: { date: string; label: string };
  warnings: string[];
}

/**
 * Facts not yet asked that the open criteria of an undecided trial wait for, by catalog position, each
 * beside its criterion as `trialId/criterionId` (a fact appears once per criterion reading it).
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
  toConfirm: CriterionResult[];
}
