import type { CompiledNode, OpenFactList } from './compiledNode';
import type { Truth } from './truth';
import type { FactOrder } from './factOrder';
import type { PatientView } from './patientView';
import type { CriterionStatus, Evidence, OpenFacts } from './result';
import { trimmed } from './trimmed';

const CODES: Record<CriterionStatus, number> = { met: 0, 'not-met': 1, unknown: 2, 'to-confirm': 3 };
const EXCLUDES = 1;
const NO_FACTS: readonly number[] = [];

/**
 * What a trial's verdict needs from each criterion, packed side by side: deciding thousands of trials
 * then reads two arrays instead of chasing results and their evidence through memory.
 */
export class CriterionSummaries {
  /** Status code shifted left, plus 1 when the criterion excludes. */
  private readonly flags: Uint8Array;
  /** Facts an open criterion still waits for, as catalog position × 2, plus 1 when not yet asked. */
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

  /** Positions of the facts criterion k waits for, split into not asked (`missing`) and answered "unknown". */
  collectOpenFacts(k: number, missing: number[], unknown: number[]): void {
    for (const fact of this.openFacts[k]!) (fact & 1 ? missing : unknown).push(fact >> 1);
  }

  /**
   * The facts not yet asked that the open criteria in [first, end) wait for, for rankQuestions;
   * `key(k)` names criterion k as `trialId/criterionId`.
   */
  openFactsIn(first: number, end: number, key: (k: number) => string): OpenFacts {
    const positions: number[] = [];
    const criteria: string[] = [];
    for (let k = first; k < end; k++) {
      if (!this.isOpen(k)) continue;
      for (const fact of this.openFacts[k]!) {
        if (!(fact & 1)) continue;
        positions.push(fact >> 1);
        criteria.push(key(k));
      }
    }
    return { positions: trimmed(positions), criteria: trimmed(criteria) };
  }
}

/** The facts an open criterion's evidence is unknown on, packed as the summaries keep them. */
export function waitingInEvidence(evidence: readonly Evidence[], order: FactOrder): readonly number[] {
  const facts: number[] = [];
  for (const item of evidence) {
    if (item.truth === 'unknown') pack(facts, order, item.fact, item.missing);
  }
  return trimmed(facts);
}

/** A rule's truth and, when unknown, the same facts as `waitingInEvidence` of its evidence, in one pass without building it. */
export function ruleOutcome(node: CompiledNode, patient: PatientView, order: FactOrder): { truth: Truth; waiting: readonly number[] } {
  const open: OpenFactList = { facts: [], missing: [] };
  const truth = node.truth(patient, open);
  const facts: number[] = [];
  open.facts.forEach((fact, i) => pack(facts, order, fact, open.missing[i]!));
  return { truth, waiting: trimmed(facts) };
}

function pack(facts: number[], order: FactOrder, fact: string, missing: boolean): void {
  const position = order.position.get(fact);
  if (position !== undefined) facts.push(position * 2 + (missing ? 1 : 0));
}
