import type { FactOrder } from './factOrder';
import type { TrialResult } from './result';

/**
 * The facts not yet asked that the open criteria of an undecided trial wait for, by catalog position,
 * each beside its criterion as `trialId/criterionId` (a fact appears once per criterion reading it).
 */
export interface OpenFacts {
  readonly positions: readonly number[];
  readonly criteria: readonly string[];
}

// Results never change once made (evaluateAll makes a new one whenever a trial's criteria change), and
// a screening ranks the same results turn after turn: each one's open facts are worked out once.
const known = new WeakMap<TrialResult, OpenFacts>();

/** For the evaluator, which has a trial's open facts at hand when it builds the result. */
export function rememberOpenFacts(result: TrialResult, open: OpenFacts): void {
  known.set(result, open);
}

export function openFactsOf(result: TrialResult, order: FactOrder): OpenFacts {
  let open = known.get(result);
  if (open) return open;
  const positions: number[] = [];
  const criteria: string[] = [];
  for (const criterion of result.deciding) {
    for (const evidence of criterion.evidence) {
      const position = order.position.get(evidence.fact);
      if (!evidence.missing || evidence.truth !== 'unknown' || position === undefined) continue;
      positions.push(position);
      criteria.push(`${result.trialId}/${criterion.id}`);
    }
  }
  open = { positions, criteria };
  known.set(result, open);
  return open;
}
