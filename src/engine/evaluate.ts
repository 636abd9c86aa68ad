import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import { CatalogIndex } from './catalogIndex';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { IncrementalEvaluator } from './incrementalEvaluator';
import type { TrialResult } from './result';

export { evaluate } from './evaluateTrial';

/**
 * Screenings whose evaluator a catalog keeps; beyond this the least recently used one is dropped (and
 * would start over). Each holds about 12 bytes per criterion: some 1.8 MB at 10,000 trials.
 */
export const SCREENINGS_KEPT = 32;

interface CatalogEvaluators {
  index: CatalogIndex;
  /** In order of last use, least recent first. */
  byScreening: Map<string, IncrementalEvaluator>;
}

const catalogs = new WeakMap<readonly CompiledTrial[], CatalogEvaluators>();

/**
 * Evaluates every trial for one patient on one day (the day is an input so results are reproducible).
 * A screening adds an answer per turn, and an evaluator kept between calls evaluates again only what
 * reads a fact that changed. `screening` names the patient being screened (the conversation): each keeps
 * its own evaluator, so conversations taking turns do not each look like a new patient. Calls without
 * one share an evaluator.
 */
export function evaluateAll(trials: readonly CompiledTrial[], answers: Answers, day: Day, vocabulary: Vocabulary, screening = ''): TrialResult[] {
  let catalog = catalogs.get(trials);
  if (!catalog?.index.serves(trials, vocabulary)) {
    catalog = { index: new CatalogIndex(trials, vocabulary), byScreening: new Map() };
    catalogs.set(trials, catalog);
  }
  const { byScreening } = catalog;
  const evaluator = byScreening.get(screening) ?? new IncrementalEvaluator(catalog.index);
  byScreening.delete(screening);
  byScreening.set(screening, evaluator);
  if (byScreening.size > SCREENINGS_KEPT) byScreening.delete(byScreening.keys().next().value!);
  return evaluator.evaluate(answers, day);
}
