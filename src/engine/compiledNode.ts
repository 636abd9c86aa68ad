import type { Evidence } from './result';
import type { PatientView } from './patientView';
import type { Truth } from './truth';

export interface Outcome {
  truth: Truth;
  evidence: Evidence[];
}

/** The facts an unknown outcome waits for, side by side: the fact, and whether it was never asked (as opposed to answered "unknown"). */
export interface OpenFactList {
  facts: string[];
  missing: boolean[];
}

/** A rule node turned into functions at load time: thresholds converted, vocabulary checked. */
export interface CompiledNode {
  /** Every fact the node reads. */
  readonly facts: readonly string[];
  /** The truth with the evidence that decided it, for showing a result. */
  evaluate(patient: PatientView): Outcome;
  /**
   * The same truth without evidence: what verdicts across a large catalog need. With `open`, an unknown
   * truth also appends the facts of the evidence `evaluate` would give (each then unknown), in the same
   * order — what the next question is chosen from; a known truth leaves `open` as it was.
   */
  truth(patient: PatientView, open?: OpenFactList): Truth;
}
