import { describe, expect, it } from 'vitest';
import { profileAnswers } from '../../bench/engine/profileAnswers';
import { seededRandom } from '../../bench/engine/seededRandom';
import { syntheticCatalog } from '../../bench/engine/syntheticCatalog';
import type { Catalog } from '../../src/catalog/loadCatalog';
import { detailKey, type FactDetail } from '../../src/domain/detail';
import type { Answers } from '../../src/domain/factValue';
import { factOrder } from '../../src/engine/factOrder';
import { evaluate } from '../../src/engine/evaluate';
import { rankQuestions, type QuestionCandidate } from '../../src/engine/nextQuestion';
import type { TrialResult } from '../../src/engine/result';
import { screeningCases } from '../dialogs/profiles';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/** rankQuestions as first written, with a set per fact: the optimised one must agree with it. */
function modelRank(results: readonly TrialResult[], catalog: Catalog, answers: Answers): QuestionCandidate[] {
  const byFact = new Map<string, { trials: Set<string>; criteria: Set<string> }>();
  const details = new Map<string, FactDetail>();
  const add = (key: string, result: TrialResult, criterion: string) => {
    const entry = byFact.get(key) ?? { trials: new Set(), criteria: new Set() };
    entry.trials.add(result.trialId);
    entry.criteria.add(`${result.trialId}/${criterion}`);
    byFact.set(key, entry);
  };
  for (const result of results) {
    if (result.verdict !== 'needs-info') continue;
    for (const criterion of result.details().deciding) {
      for (const evidence of criterion.evidence) {
        if (evidence.truth !== 'unknown') continue;
        for (const detail of evidence.details ?? []) {
          const key = detailKey({ fact: evidence.fact, detail });
          details.set(key, { fact: evidence.fact, detail });
          add(key, result, criterion.id);
        }
        if (evidence.missing) add(evidence.fact, result, criterion.id);
      }
    }
  }
  for (const [fact, entry] of [...byFact.entries()]) {
    if (details.has(fact)) continue;
    for (const implication of catalog.facts.get(fact)?.implied ?? []) {
      const implying = implication.when.fact;
      if (answers[implying] !== undefined) continue;
      const target = byFact.get(implying) ?? { trials: new Set<string>(), criteria: new Set<string>() };
      entry.trials.forEach((t) => target.trials.add(t));
      entry.criteria.forEach((c) => target.criteria.add(c));
      byFact.set(implying, target);
    }
  }
  // Details rank after the intake facts and before the other facts, in the order the engine numbered them.
  const order = factOrder(catalog);
  const itemOf = (key: string) => (details.has(key) ? order.detailId(details.get(key)!) : order.position.get(key)!);
  const priority = (key: string) => catalog.facts.get(key)?.priority ?? (details.has(key) ? Number.MAX_SAFE_INTEGER : Number.POSITIVE_INFINITY);
  return [...byFact.entries()]
    .map(([key, entry]) => {
      const detail = details.get(key);
      return { key, candidate: { fact: detail?.fact ?? key, ...(detail ? { detail: detail.detail } : {}), trials: [...entry.trials], criteria: [...entry.criteria] } };
    })
    .sort((a, b) => priority(a.key) - priority(b.key) || b.candidate.trials.length - a.candidate.trials.length || b.candidate.criteria.length - a.candidate.criteria.length || itemOf(a.key) - itemOf(b.key))
    .map((c) => c.candidate);
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
