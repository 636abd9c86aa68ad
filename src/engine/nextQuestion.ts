import type { Answers } from '../domain/factValue';
import type { Vocabulary } from './compileContext';
import type { TrialResult } from './result';

export interface QuestionCandidate {
  fact: string;
  /** Undecided trials whose verdict this answer could change. */
  trials: string[];
  /** The open criteria that read this fact, as `trialId/criterionId`. */
  criteria: string[];
}

/**
 * Facts not yet asked that still matter, best first: intake facts by their priority, then the fact
 * that bears on the most undecided trials, then on the most open criteria, then catalog order.
 * A fact that no open criterion of an undecided trial reads is never offered — except a fact that can
 * imply one that is (sex implies no pregnancy), which bears on the same trials.
 */
export function rankQuestions(results: readonly TrialResult[], vocabulary: Vocabulary, answers: Answers): QuestionCandidate[] {
  const byFact = new Map<string, { trials: Set<string>; criteria: Set<string> }>();
  for (const result of results) {
    if (result.verdict !== 'needs-info') continue;
    for (const criterion of result.deciding) {
      for (const evidence of criterion.evidence) {
        if (!evidence.missing || evidence.truth !== 'unknown') continue;
        const entry = byFact.get(evidence.fact) ?? { trials: new Set(), criteria: new Set() };
        entry.trials.add(result.trialId);
        entry.criteria.add(`${result.trialId}/${criterion.id}`);
        byFact.set(evidence.fact, entry);
      }
    }
  }
  for (const [fact, entry] of [...byFact.entries()]) {
    for (const implication of vocabulary.facts.get(fact)?.implied ?? []) {
      const implying = implication.when.fact;
      if (answers[implying] !== undefined) continue;
      const target = byFact.get(implying) ?? { trials: new Set<string>(), criteria: new Set<string>() };
      entry.trials.forEach((t) => target.trials.add(t));
      entry.criteria.forEach((c) => target.criteria.add(c));
      byFact.set(implying, target);
    }
  }
  const order = [...vocabulary.facts.keys()];
  const priority = (fact: string) => vocabulary.facts.get(fact)?.priority ?? Number.POSITIVE_INFINITY;
  return [...byFact.entries()]
    .map(([fact, entry]) => ({ fact, trials: [...entry.trials], criteria: [...entry.criteria] }))
    .sort(
      (a, b) =>
        priority(a.fact) - priority(b.fact) ||
        b.trials.length - a.trials.length ||
        b.criteria.length - a.criteria.length ||
        order.indexOf(a.fact) - order.indexOf(b.fact),
    );
}
