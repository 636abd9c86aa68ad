import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Answers } from '../../src/domain/factValue';
import { IncrementalEvaluator } from '../../src/engine/incrementalEvaluator';
import { evaluateAll } from '../../src/engine/evaluate';
import { rankQuestions } from '../../src/engine/nextQuestion';
import { slePatient } from '../../test/dialogs/profiles';
import { BENCH } from '../config';
import { growthPer10x, median, quantile, round } from '../stats';
import { profileAnswers } from './profileAnswers';
import { syntheticCatalog } from './syntheticCatalog';

export interface EngineSize {
  trials: number;
  criteria: number;
  buildMs: number;
  /** A patient the evaluator has not seen: every criterion evaluated (median of fresh evaluators). */
  newPatientMs: number;
  /** evaluateAll after one more answer, along a screening: median and 90th percentile over its steps. */
  perAnswerMs: number;
  perAnswerP90Ms: number;
  /** rankQuestions on those results, along the same steps; and on the first turn, everything open. */
  nextQuestionMs: number;
  firstQuestionMs: number;
  answersPerScreening: number;
}

export interface EngineReport {
  patient: string;
  sizes: EngineSize[];
  /** Each figure's growth per tenfold more trials, between consecutive sizes. */
  growthPer10x: { from: number; to: number; newPatient: number; perAnswer: number; nextQuestion: number }[];
}

/**
 * One patient (the lupus profile: it keeps the most trials open the longest) against synthetic catalogs
 * of growing size, through the public API a screening uses: evaluateAll after each answer, then
 * rankQuestions, the bot choosing the next question the way the bot does.
 */
export function engineBench(real: Catalog): EngineReport {
  const patient = profileAnswers(slePatient, real, BENCH.day);
  const sizes = BENCH.engine.sizes.map((size) => measureSize(real, size, patient));
  return {
    patient: 'test/dialogs/profiles.ts slePatient',
    sizes,
    growthPer10x: sizes.slice(1).map((large, i) => {
      const small = sizes[i]!;
      const growth = (pick: (s: EngineSize) => number) => round(growthPer10x(small.trials, pick(small), large.trials, pick(large)));
      return { from: small.trials, to: large.trials, newPatient: growth((s) => s.newPatientMs), perAnswer: growth((s) => s.perAnswerMs), nextQuestion: growth((s) => s.nextQuestionMs) };
    }),
  };
}

function measureSize(real: Catalog, size: number, patient: Answers): EngineSize {
  let started = performance.now();
  const catalog = syntheticCatalog(real, size);
  const buildMs = performance.now() - started;
  const perAnswer: number[] = [];
  const nextQuestion: number[] = [];
  const firstQuestion: number[] = [];
  let midScreening: Answers = {};
  let answersPerScreening = 0;
  for (let walk = 0; walk < BENCH.engine.walks; walk++) {
    // A copy of the trials array is a catalog evaluateAll has not seen: each walk starts cold.
    const trials = [...catalog.trials];
    const answers: Answers = {};
    const steps: Answers[] = [];
    for (let step = 0; ; step++) {
      started = performance.now();
      const results = evaluateAll(trials, answers, BENCH.day, catalog);
      if (step > 0) perAnswer.push(performance.now() - started);
      started = performance.now();
      const next = rankQuestions(results, catalog, answers)[0];
      (step > 0 ? nextQuestion : firstQuestion).push(performance.now() - started);
      if (!next) break;
      answers[next.fact] = patient[next.fact]!;
      steps.push({ ...answers });
    }
    answersPerScreening = steps.length;
    midScreening = steps[Math.floor(steps.length / 2)] ?? {};
  }
  const newPatient = Array.from({ length: BENCH.engine.fullRuns }, () => {
    const evaluator = new IncrementalEvaluator(catalog.trials, catalog);
    started = performance.now();
    evaluator.evaluate(midScreening, BENCH.day);
    return performance.now() - started;
  });
  return {
    trials: size,
    criteria: catalog.trials.reduce((n, t) => n + t.criteria.length, 0),
    buildMs: round(buildMs, 0),
    newPatientMs: round(median(newPatient), 3),
    perAnswerMs: round(median(perAnswer), 3),
    perAnswerP90Ms: round(quantile(perAnswer, 0.9), 3),
    nextQuestionMs: round(median(nextQuestion), 3),
    firstQuestionMs: round(median(firstQuestion), 3),
    answersPerScreening,
  };
}
