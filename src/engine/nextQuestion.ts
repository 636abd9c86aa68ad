import type { Detail } from '../domain/detail';
import type { Answers } from '../domain/factValue';
import type { Vocabulary } from './compileContext';
import { factOrder } from './factOrder';
import type { TrialResult } from './result';

export interface QuestionCandidate {
  fact: string;
  /** A detail of the fact's answer to ask (the answer lacks it), rather than the fact itself. */
  detail?: Detail;
  /** Undecided trials whose verdict this answer could change. */
  trials: string[];
  /** The open criteria that read this fact, as `trialId/criterionId`. */
  criteria: string[];
}

/**
 * Facts not yet asked, and details answers lack, that still matter, best first: intake facts by their priority,
 * then details of answers given (asked while the answer is fresh), then the item that bears on the most undecided
 * trials, then on the most open criteria, then catalog order. A fact that no open criterion of an undecided trial
 * reads is never offered — except a fact that can imply one that is (sex implies no pregnancy), which bears on
 * the same trials.
 */
export function rankQuestions(results: readonly TrialResult[], vocabulary: Vocabulary, answers: Answers): QuestionCandidate[] {
  const order = factOrder(vocabulary);
  // By catalog position: a screening of thousands of trials looks a fact up hundreds of thousands of times.
  const byPosition: (Bearing | undefined)[] = [];
  const firstSeen: number[] = [];
  const bearing = (position: number): Bearing => {
    let entry = byPosition[position];
    if (!entry) {
      byPosition[position] = entry = { trials: [], criteria: [] };
      firstSeen.push(position);
    }
    return entry;
  };
  for (const result of results) {
    if (result.verdict !== 'needs-info') continue;
    const { positions, criteria } = result.open;
    for (let k = 0; k < positions.length; k++) {
      const entry = bearing(positions[k]!);
      // A trial's criteria and a criterion's evidence come one after another (and ids are unique), so
      // comparing with the last one listed lists each once, without a set per fact.
      if (entry.trials[entry.trials.length - 1] !== result.trialId) entry.trials.push(result.trialId);
      if (entry.criteria[entry.criteria.length - 1] !== criteria[k]) entry.criteria.push(criteria[k]!);
    }
  }
  // In the order facts were first met, each passing on what it has gathered so far (as sets would).
  for (const position of [...firstSeen]) {
    const entry = byPosition[position]!;
    if (order.detailAt(position)) continue;
    for (const implication of vocabulary.facts.get(order.ids[position]!)?.implied ?? []) {
      const implying = order.position.get(implication.when.fact);
      if (implying === undefined || answers[implication.when.fact] !== undefined) continue;
      const target = bearing(implying);
      appendMissing(target.trials, entry.trials);
      appendMissing(target.criteria, entry.criteria);
    }
  }
  const priority = ({ fact, detail }: QuestionCandidate) => vocabulary.facts.get(fact)?.priority ?? (detail ? DETAIL_PRIORITY : Number.POSITIVE_INFINITY);
  const candidates: QuestionCandidate[] = [];
  byPosition.forEach((entry, position) => {
    const detail = order.detailAt(position);
    candidates.push({ fact: order.factAt(position), ...(detail ? { detail: detail.detail } : {}), trials: entry!.trials, criteria: entry!.criteria });
  });
  // Candidates are in item order already (facts in catalog order, then details as first met), and sort is stable:
  // that order breaks the last ties.
  return candidates.sort((a, b) => priority(a) - priority(b) || b.trials.length - a.trials.length || b.criteria.length - a.criteria.length);
}

/** After the intake facts (priorities 1–4…), before any fact not yet asked: a detail completes an answer given. */
const DETAIL_PRIORITY = Number.MAX_SAFE_INTEGER;

interface Bearing {
  trials: string[];
  criteria: string[];
}

function appendMissing(target: string[], items: readonly string[]): void {
  const present = new Set(target);
  for (const item of items) {
    if (present.has(item)) continue;
    present.add(item);
    target.push(item);
  }
}
