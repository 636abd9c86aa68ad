import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import { CatalogIndex } from './catalogIndex';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { IncrementalEvaluator } from './incrementalEvaluator';
import type { TrialResult } from './result';

export { evaluate } from './evaluateTrial';

const evaluators = new WeakMap<readonly CompiledTrial[], IncrementalEvaluator>();

/**
 * Evaluates every trial for one patient on one day (the day is an input so results are reproducible).
 * Calls for the same trials share one incremental evaluator, which evaluates again only what reads a
 * fact that changed since the previous call. For several patients taking turns, ScreeningEvaluators
 * keeps one per patient.
 */
export function evaluateAll(trials: readonly CompiledTrial[], answers: Answers, day: Day, vocabulary: Vocabulary): TrialResult[] {
  let evaluator = evaluators.get(trials);
  if (!evaluator?.index.serves(trials, vocabulary)) {
    evaluator = new IncrementalEvaluator(new CatalogIndex(trials, vocabulary));
    evaluators.set(trials, evaluator);
  }
  return evaluator.evaluate(answers, day);
}
