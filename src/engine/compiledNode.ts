import type { Evidence } from './result';
import type { PatientView } from './patientView';
import type { Truth } from './truth';

export interface Outcome {
  truth: Truth;
  evidence: Evidence[];
}

/** Called for each fact that leaves an outcome open, with whether it was never asked (as opposed to answered "unknown"). */
export type VisitOpenFact = (fact: string, missing: boolean) => void;

/** A rule node turned into functions at load time: thresholds converted, vocabulary checked. */
export interface CompiledNode {
  /** Every fact the node reads. */
  readonly facts: readonly string[];
  /** The truth with the evidence that decided it, for showing a result. */
  evaluate(patient: PatientView): Outcome;
  /** The same truth without evidence: what verdicts across a large catalog need. */
  truth(patient: PatientView): Truth;
  /**
   * For a node whose truth is unknown, the facts of the evidence `evaluate` gives (each of which is
   * then unknown), in the same order, without building it: what the next question is chosen from.
   */
  visitOpen(patient: PatientView, visit: VisitOpenFact): void;
}
