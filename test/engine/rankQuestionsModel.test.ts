import { describe, expect, it } from 'vitest';
import { profileAnswers } from '../../bench/engine/profileAnswers';
import { seededRandom } from '../../bench/engine/seededRandom';
import { syntheticCatalog } from '../../bench/engine/syntheticCatalog';
import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Answers } from '../../src/domain/factValue';
import { evaluate } from '../../src/engine/evaluate';
import { rankQuestions, type QuestionCandidate } from '../../src/engine/nextQuestion';
import type { TrialResult } from '../../src/engine/result';
import { screeningCases } from '../dialogs/profiles';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/** rankQuestions as first written, with a set per fact: the optimised one must agree with it. */
function modelRank(results: readonly TrialResult[], catalog: Catalog, answers: Answers): QuestionCandidate[] {
  const byFact = new Map<string, { trials: Set<string>; criteria: Set<string> }>();
  for (const result of results) {
    if (result.verdict !== 'needs-info') continue;
    for (const criterion of result.details().deciding) {
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
    for (const implication of catalog.facts.get(fact)?.implied ?? []) {
      const implying = implication.when.fact;
      if (answers[implying] !== undefined) continue;
      const target = byFact.get(implying) ?? { trials: new Set<string>(), criteria: new Set<string>() };
      entry.trials.forEach((t) => target.trials.add(t));
      entry.criteria.forEach((c) => target.criteria.add(c));
      byFact.set(implying, target);
    }
  }
  const order = [...catalog.facts.keys()];
  const priority = (fact: string) => catalog.facts.get(fact)?.priority ?? Number.POSITIVE_INFINITY;
  return [...byFact.entries()]
    .map(([fact, entry]) => ({ fact, trials: [...entry.trials], criteria: [...entry.criteria] }))
    .sort((a, b) => priority(a.fact) - priority(b.fact) || b.trials.length - a.trials.length || b.criteria.length - a.criteria.length || order.indexOf(a.fact) - order.indexOf(b.fact));
}

describe('rankQuestions', () => {
  const real = realCatalog();
  const patients = screeningCases.map((c) => profileAnswers(c.profile, real, EVALUATION_DAY));

  it.each([
    ['the real catalog', real],
    ['a synthetic catalog of 30 jittered trials', syntheticCatalog(real, 30, 5)],
  ])('ranks as the straightforward version does, for partly answered patients (%s)', (_, catalog) => {
    const random = seededRandom(11);
    for (let i = 0; i < 60; i++) {
      const patient = patients[i % patients.length]!;
      const answers = Object.fromEntries(Object.entries(patient).filter(() => random() < i / 60));
      const results = catalog.trials.map((t) => evaluate(t, answers, EVALUATION_DAY, catalog));
      expect(rankQuestions(results, catalog, answers)).toEqual(modelRank(results, catalog, answers));
    }
  });
});
