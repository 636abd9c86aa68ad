import type { Detail } from '../domain/detail';
import type { Evidence } from './result';
import type { PatientView } from './patientView';
import type { Truth } from './truth';

export interface Outcome {
  truth: Truth;
  evidence: Evidence[];
}

/**
 * Why a fact leaves an outcome open: never asked (`missing`), answered "unknown", or answered with a value the
 * test cannot decide on and no detail of it to ask (`answered`: a washout of a drug whose half-life is unknown).
 * A detail an answer lacks is `missing` until asked.
 */
export type OpenState = 'missing' | 'unknown' | 'answered';

/**
 * What an unknown outcome waits for, side by side: the fact; the detail its answer lacks, for a fact answered
 * without it (undefined for the fact itself); and why it is open.
 */
export interface OpenFactList {
  facts: string[];
  details: (Detail | undefined)[];
  states: OpenState[];
}

export function emptyOpenFactList(): OpenFactList {
  return { facts: [], details: [], states: [] };
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
