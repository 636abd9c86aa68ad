import type { FactOrder } from './factOrder';
import type { CriterionResult, CriterionStatus } from './result';
import { trimmed } from './trimmed';

const CODES: Record<CriterionStatus, number> = { met: 0, 'not-met': 1, unknown: 2, 'to-confirm': 3 };
const EXCLUDES = 1;
const NO_FACTS: readonly number[] = [];

/**
 * What a trial's verdict needs from each criterion result, packed side by side: rebuilding thousands of
 * trial results then reads two arrays instead of chasing every result and its evidence through memory.
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

  set(k: number, result: CriterionResult, order: FactOrder): void {
    this.flags[k] = (CODES[result.status] << 1) | (result.excludes ? EXCLUDES : 0);
    this.openFacts[k] = result.status === 'unknown' ? waitingFacts(result, order) : NO_FACTS;
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

  /** Calls `visit` with the position of each fact not yet asked that criterion k waits for. */
  forEachMissing(k: number, visit: (position: number) => void): void {
    for (const fact of this.openFacts[k]!) if (fact & 1) visit(fact >> 1);
  }

  /** Positions of the facts criterion k waits for, split into not asked (`missing`) and answered "unknown". */
  collectOpenFacts(k: number, missing: number[], unknown: number[]): void {
    for (const fact of this.openFacts[k]!) (fact & 1 ? missing : unknown).push(fact >> 1);
  }
}

function waitingFacts(result: CriterionResult, order: FactOrder): readonly number[] {
  const facts: number[] = [];
  for (const evidence of result.evidence) {
    const position = order.position.get(evidence.fact);
    if (evidence.truth === 'unknown' && position !== undefined) facts.push(position * 2 + (evidence.missing ? 1 : 0));
  }
  return trimmed(facts);
}
