import type { Detail } from '../domain/detail';
import type { CompiledNode, OpenState } from './compiledNode';
import { emptyOpenFactList } from './compiledNode';
import type { Truth } from './truth';
import type { FactOrder } from './factOrder';
import type { PatientView } from './patientView';
import type { CriterionStatus, Evidence, OpenFacts } from './result';
import { trimmed } from './trimmed';
import { NOTHING_OPEN } from './trialResult';

const CODES: Record<CriterionStatus, number> = { met: 0, 'not-met': 1, unknown: 2, 'to-confirm': 3 };
const EXCLUDES = 1;
const NO_FACTS: readonly number[] = [];
/** Why an item is open, in the two low bits of its packed number. */
const STATE_CODES: Record<OpenState, number> = { unknown: 0, missing: 1, answered: 2 };
const MISSING = STATE_CODES.missing;

/** The items an open criterion waits for, by why each is open. */
export interface OpenItems {
  /** Facts not yet asked, and details answers lack. */
  missing: number[];
  unknown: number[];
  answered: number[];
}

/**
 * What a trial's verdict needs from each criterion, packed side by side: deciding thousands of trials
 * then reads two arrays instead of chasing results and their evidence through memory.
 */
export class CriterionSummaries {
  /** Status code shifted left, plus 1 when the criterion excludes. */
  private readonly flags: Uint8Array;
  /** What an open criterion still waits for, as item × 4 plus why it is open (STATE_CODES). */
  private readonly openFacts: (readonly number[])[];

  constructor(size: number) {
    this.flags = new Uint8Array(size);
    this.openFacts = new Array<readonly number[]>(size).fill(NO_FACTS);
  }

  /** `waiting` as `waitingInEvidence` or `ruleOutcome` give it; only kept for an open criterion. */
  set(k: number, status: CriterionStatus, excludes: boolean, waiting: readonly number[]): void {
    this.flags[k] = (CODES[status] << 1) | (excludes ? EXCLUDES : 0);
    this.openFacts[k] = status === 'unknown' ? waiting : NO_FACTS;
  }

  excludes(k: number): boolean {
    return (this.flags[k]! & EXCLUDES) !== 0;
  }

  isOpen(k: number): boolean {
    return this.flags[k]! >> 1 === CODES.unknown;
  }

  isToConfirm(k: number): boolean {
    return this.flags[k]! >> 1 === CODES['to-confirm'];
  }

  /** The items criterion k waits for, by why each is open. */
  collectOpenFacts(k: number, into: OpenItems): void {
    for (const packed of this.openFacts[k]!) {
      const state = packed & 3;
      (state === MISSING ? into.missing : state === STATE_CODES.unknown ? into.unknown : into.answered).push(packed >> 2);
    }
  }

  /**
   * What a question could settle of the open criteria in [first, end), for rankQuestions: facts not yet asked and
   * details answers lack; `keys[k]` names criterion k as `trialId/criterionId`. Counted first, then written into
   * arrays of that length: an answer does this for thousands of trials, and grown arrays would be copied to trim.
   */
  openFactsIn(first: number, end: number, keys: readonly string[]): OpenFacts {
    let count = 0;
    for (let k = first; k < end; k++) {
      if (!this.isOpen(k)) continue;
      for (const packed of this.openFacts[k]!) if ((packed & 3) === MISSING) count += 1;
    }
    if (count === 0) return NOTHING_OPEN;
    const positions = new Array<number>(count);
    const criteria = new Array<string>(count);
    let n = 0;
    for (let k = first; k < end; k++) {
      if (!this.isOpen(k)) continue;
      for (const packed of this.openFacts[k]!) {
        if ((packed & 3) !== MISSING) continue;
        positions[n] = packed >> 2;
        criteria[n++] = keys[k]!;
      }
    }
    return { positions, criteria };
  }
}

/** The items an open criterion's evidence is unknown on, packed as the summaries keep them. */
export function waitingInEvidence(evidence: readonly Evidence[], order: FactOrder): readonly number[] {
  const facts: number[] = [];
  for (const item of evidence) {
    if (item.truth !== 'unknown') continue;
    if (item.details) for (const detail of item.details) pack(facts, order, item.fact, detail, 'missing');
    else pack(facts, order, item.fact, undefined, item.missing ? 'missing' : item.answeredUnknown ? 'unknown' : 'answered');
  }
  return trimmed(facts);
}

/**
 * What a rule's truth leaves open, filled by one rule at a time and emptied after: a large catalog works out
 * thousands of rules per answer, most of them known, and each would otherwise make its own lists.
 */
const scratch = emptyOpenFactList();

/** A rule's truth and, when unknown, the same items as `waitingInEvidence` of its evidence, in one pass without building it. */
export function ruleOutcome(node: CompiledNode, patient: PatientView, order: FactOrder): { truth: Truth; waiting: readonly number[] } {
  try {
    const truth = node.truth(patient, scratch);
    // A known truth leaves the list empty; the summaries keep what an open criterion waits for only.
    if (truth !== 'unknown') return { truth, waiting: NO_FACTS };
    const facts: number[] = [];
    scratch.facts.forEach((fact, i) => pack(facts, order, fact, scratch.details[i], scratch.states[i]!));
    return { truth, waiting: trimmed(facts) };
  } finally {
    scratch.facts.length = scratch.details.length = scratch.states.length = 0;
  }
}

function pack(facts: number[], order: FactOrder, fact: string, detail: Detail | undefined, state: OpenState): void {
  const item = detail ? order.detailId({ fact, detail }) : order.position.get(fact);
  if (item !== undefined) facts.push(item * 4 + STATE_CODES[state]);
}
