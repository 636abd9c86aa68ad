import type { Evidence } from './result';
import type { PatientView } from './patientView';
import type { Truth } from './truth';

export interface Outcome {
  truth: Truth;
  evidence: Evidence[];
}

/** A rule node turned into a function at load time: thresholds converted, vocabulary checked. */
export interface CompiledNode {
  /** Every fact the node reads. */
  readonly facts: readonly string[];
  evaluate(patient: PatientView): Outcome;
}
