import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Answers } from '../../src/domain/factValue';
import { CatalogIndex } from '../../src/engine/catalogIndex';
import { IncrementalEvaluator } from '../../src/engine/incrementalEvaluator';
import { evaluateAll } from '../../src/engine/evaluate';
import { rankQuestions, type QuestionCandidate } from '../../src/engine/nextQuestion';
import type { TrialResult } from '../../src/engine/result';
import { aplPatient, ctdtpPatient, igg4Patient, rpfPatient, slePatient } from '../../test/dialogs/profiles';
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
  /**
   * evaluateAll after one more answer when five screenings (one per disease profile) take turns, as
   * conversations do on a server: with an evaluator per screening (as the bot runs it), and with all five
   * sharing one (each call then looks like a new patient).
   */
  interleavedPerAnswerMs: number;
  interleavedSharedPerAnswerMs: number;
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
  const patients = [rpfPatient, igg4Patient, ctdtpPatient, slePatient, aplPatient].map((p) => profileAnswers(p, real, BENCH.day));
  const sizes = BENCH.engine.sizes.map((size) => measureSize(real, size, patient, patients));
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

function measureSize(real: Catalog, size: number, patient: Answers, patients: readonly Answers[]): EngineSize {
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
      const next = nextFact(results, catalog, answers);
      (step > 0 ? nextQuestion : firstQuestion).push(performance.now() - started);
      if (!next) break;
      answers[next.fact] = patient[next.fact]!;
      steps.push({ ...answers });
    }
    answersPerScreening = steps.length;
    midScreening = steps[Math.floor(steps.length / 2)] ?? {};
  }
  const index = new CatalogIndex(catalog.trials, catalog);
  const newPatient = Array.from({ length: BENCH.engine.fullRuns }, () => {
    const evaluator = new IncrementalEvaluator(index);
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
    interleavedPerAnswerMs: round(median(interleaved(catalog, patients, true)), 3),
    interleavedSharedPerAnswerMs: round(median(interleaved(catalog, patients, false)), 3),
  };
}

/**
 * The first fact ranked, passing over details: a profile holds each answer whole, so the answer to a detail (when a
 * dose started) would be the same answer again, and the detail would stay first for ever — a walk that never ended,
 * copying the answers at each step, until the heap ran out.
 */
function nextFact(results: readonly TrialResult[], catalog: Catalog, answers: Answers): QuestionCandidate | undefined {
  return rankQuestions(results, catalog, answers).find((c) => !c.detail);
}

/**
 * Each patient answers, in turn, what rankQuestions ranks first for them ("unknown" for a fact their
 * profile does not give), until every screening has no question left; returns the time of each answer's
 * evaluateAll.
 */
function interleaved(catalog: Catalog, patients: readonly Answers[], ownEvaluators: boolean): number[] {
  const trials = [...catalog.trials];
  // One evaluator per screening, as the bot keeps them (src/screening/sessions.ts), or the one evaluateAll shares.
  const index = new CatalogIndex(trials, catalog);
  const own = new Map<string, IncrementalEvaluator>();
  const evaluatorOf = (key: string) => own.get(key) ?? own.set(key, new IncrementalEvaluator(index)).get(key)!;
  const evaluate = (key: string, answers: Answers) => (ownEvaluators ? evaluatorOf(key).evaluate(answers, BENCH.day) : evaluateAll(trials, answers, BENCH.day, catalog));
  const screenings = patients.map((patient, i) => {
    const key = `patient-${i}`;
    return { patient, key, answers: {} as Answers, results: evaluate(key, {}) };
  });
  const times: number[] = [];
  let open = screenings;
  while (open.length > 0) {
    // One turn each: the answer to what was ranked first, then one evaluation (timed) for the next ranking.
    open = open.filter((screening) => {
      const { patient, key, answers } = screening;
      const next = nextFact(screening.results, catalog, answers);
      if (!next) return false;
      answers[next.fact] = patient[next.fact] ?? { kind: 'unknown', entered: 'unknown' };
      const started = performance.now();
      screening.results = evaluate(key, answers);
      times.push(performance.now() - started);
      return true;
    });
  }
  return times;
}
