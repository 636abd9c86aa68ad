import { describe, expect, it } from 'vitest';
import { profileAnswers } from '../../bench/engine/profileAnswers';
import { seededRandom, type Random } from '../../bench/engine/seededRandom';
import { syntheticCatalog } from '../../bench/engine/syntheticCatalog';
import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Answers, FactValue } from '../../src/domain/factValue';
import { evaluate, evaluateAll, screeningsKept } from '../../src/engine/evaluate';
import { CatalogIndex } from '../../src/engine/catalogIndex';
import { IncrementalEvaluator } from '../../src/engine/incrementalEvaluator';
import { rankQuestions } from '../../src/engine/nextQuestion';
import type { TrialResult } from '../../src/engine/result';
import { screeningCases } from '../dialogs/profiles';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/** Every value the test profiles give each fact, plus "unknown". */
function valuePool(catalog: Catalog): Map<string, FactValue[]> {
  const pool = new Map<string, FactValue[]>();
  for (const { profile } of screeningCases) {
    for (const [fact, value] of Object.entries(profileAnswers(profile, catalog, EVALUATION_DAY))) {
      pool.set(fact, [...(pool.get(fact) ?? [{ kind: 'unknown', entered: 'unknown' }]), value]);
    }
  }
  return pool;
}

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** What evaluating every trial from scratch gives. */
const fromScratch = (catalog: Catalog, answers: Answers, day: number) => catalog.trials.map((t) => evaluate(t, answers, day, catalog));

/** Results as data: the verdict and open facts the evaluator works out, and the details, as they read now. */
const shown = (results: readonly TrialResult[]) =>
  results.map((r) => ({ trialId: r.trialId, verdict: r.verdict, status: r.status, open: r.open, ...r.details() }));

describe('the incremental evaluator', () => {
  const real = realCatalog();
  const pool = valuePool(real);
  const facts = [...pool.keys()];

  it.each([
    ['the real catalog', real, 1],
    ['a synthetic catalog of 40 jittered trials', syntheticCatalog(real, 40, 7), 2],
  ])('gives what a full evaluation gives, along random answer sequences (%s)', (_, catalog, seed) => {
    const random = seededRandom(seed);
    for (let sequence = 0; sequence < 4; sequence++) {
      const evaluator = new IncrementalEvaluator(new CatalogIndex(catalog.trials, catalog));
      let answers: Answers = {};
      let day = EVALUATION_DAY;
      for (let step = 0; step < 60; step++) {
        const roll = random();
        if (roll < 0.7) {
          const fact = pick(facts, random);
          answers[fact] = pick(pool.get(fact)!, random);
        } else if (roll < 0.85) delete answers[pick(Object.keys(answers), random) ?? ''];
        else if (roll < 0.9) day += Math.floor(random() * 400) - 200;
        else answers = { ...answers };
        const results = evaluator.evaluate(answers, day);
        expect(shown(results)).toEqual(shown(fromScratch(catalog, answers, day)));
        expect(rankQuestions(results, catalog, answers)).toEqual(rankQuestions(fromScratch(catalog, answers, day), catalog, answers));
      }
    }
  });

  it('sees a value changed in place inside the caller’s answers', () => {
    const evaluator = new IncrementalEvaluator(new CatalogIndex(real.trials, real));
    const answers: Answers = { age: { kind: 'number', value: { low: 40, high: 40 }, entered: '40' } };
    evaluator.evaluate(answers, EVALUATION_DAY);
    answers.age = { kind: 'number', value: { low: 90, high: 90 }, entered: '90' };
    expect(shown(evaluator.evaluate(answers, EVALUATION_DAY))).toEqual(shown(fromScratch(real, answers, EVALUATION_DAY)));
    (answers.age.value as { low: number; high: number }).low = 20;
    (answers.age.value as { low: number; high: number }).high = 20;
    expect(shown(evaluator.evaluate(answers, EVALUATION_DAY))).toEqual(shown(fromScratch(real, answers, EVALUATION_DAY)));
  });

  it('explains a result from the answers as they were when it was made, even when read after they changed', () => {
    const evaluator = new IncrementalEvaluator(new CatalogIndex(real.trials, real));
    const answers: Answers = { primary_diagnosis: { kind: 'choice', value: 'sle', entered: 'sle' } };
    const before = evaluator.evaluate(answers, EVALUATION_DAY);
    const expected = shown(fromScratch(real, answers, EVALUATION_DAY));
    answers.primary_diagnosis = { kind: 'choice', value: 'igg4rd', entered: 'IgG4-RD' };
    answers.age = { kind: 'number', value: { low: 90, high: 90 }, entered: '90' };
    evaluator.evaluate(answers, EVALUATION_DAY);
    expect(shown(before)).toEqual(expected);
  });

  it('keeps the result of a trial none of whose facts changed, and never changes a result it returned', () => {
    const evaluator = new IncrementalEvaluator(new CatalogIndex(real.trials, real));
    const before = evaluator.evaluate({}, EVALUATION_DAY);
    const copy = structuredClone(shown(before));
    const after = evaluator.evaluate({ igg4rd_responder_index: { kind: 'number', value: { low: 4, high: 4 }, entered: '4' } }, EVALUATION_DAY);
    expect(shown(before)).toEqual(copy);
    const changed = after.filter((r, i) => r !== before[i]).map((r) => r.trialId);
    expect(changed).toEqual(['igg4rd-sirolimus']);
  });
});

describe('evaluateAll', () => {
  const real = realCatalog();

  it('answers correctly when called in turn for different patients, catalogs and days', () => {
    const other = syntheticCatalog(real, 10, 3);
    const patients: Answers[] = [{}, { primary_diagnosis: { kind: 'choice', value: 'sle', entered: 'sle' } }, { age: { kind: 'number', value: { low: 90, high: 90 }, entered: '90' } }];
    for (const answers of [...patients, ...patients.reverse()]) {
      for (const catalog of [real, other]) {
        for (const day of [EVALUATION_DAY, EVALUATION_DAY + 800]) {
          expect(shown(evaluateAll(catalog.trials, answers, day, catalog))).toEqual(shown(fromScratch(catalog, answers, day)));
        }
      }
    }
  });

  it('answers correctly for screenings taking turns, more of them than it keeps evaluators for', () => {
    const random = seededRandom(5);
    const pool = valuePool(real);
    const facts = [...pool.keys()];
    const screenings = Array.from({ length: screeningsKept(real.trials.reduce((n, t) => n + t.criteria.length, 0)) + 3 }, (_, i) => ({ key: `conversation-${i}`, answers: {} as Answers }));
    for (let turn = 0; turn < 4 * screenings.length; turn++) {
      const { key, answers } = pick(screenings, random);
      const fact = pick(facts, random);
      answers[fact] = pick(pool.get(fact)!, random);
      expect(shown(evaluateAll(real.trials, answers, EVALUATION_DAY, real, key))).toEqual(shown(fromScratch(real, answers, EVALUATION_DAY)));
    }
  });

  it('keeps fewer screenings for a larger catalog, within bounds', () => {
    expect(screeningsKept(73)).toBe(64);
    expect(screeningsKept(146_000)).toBe(10);
    expect(screeningsKept(10_000_000)).toBe(4);
  });

  it('notices when the trials array it was given changes', () => {
    const trials = [...real.trials];
    const answers: Answers = { primary_diagnosis: { kind: 'choice', value: 'sle', entered: 'sle' } };
    expect(evaluateAll(trials, answers, EVALUATION_DAY, real)).toHaveLength(real.trials.length);
    trials.pop();
    expect(evaluateAll(trials, answers, EVALUATION_DAY, real).map((r) => r.trialId)).toEqual(trials.map((t) => t.record.id));
  });
});
