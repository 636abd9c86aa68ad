import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/engine/seededRandom';
import { syntheticCatalog } from '../../bench/engine/syntheticCatalog';
import type { Answers } from '../../src/domain/factValue';
import { evaluateAll } from '../../src/engine/evaluate';
import { CatalogIndex } from '../../src/engine/catalogIndex';
import { IncrementalEvaluator } from '../../src/engine/incrementalEvaluator';
import { rankQuestions } from '../../src/engine/nextQuestion';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';
import { fromScratch, pick, shown, valuePool } from '../support/engineResults';

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

  it('notices when the trials array it was given changes', () => {
    const trials = [...real.trials];
    const answers: Answers = { primary_diagnosis: { kind: 'choice', value: 'sle', entered: 'sle' } };
    expect(evaluateAll(trials, answers, EVALUATION_DAY, real)).toHaveLength(real.trials.length);
    trials.pop();
    expect(evaluateAll(trials, answers, EVALUATION_DAY, real).map((r) => r.trialId)).toEqual(trials.map((t) => t.record.id));
  });
});
