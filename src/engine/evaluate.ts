import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import { CatalogIndex } from './catalogIndex';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { IncrementalEvaluator } from './incrementalEvaluator';
import type { TrialResult } from './result';

export { evaluate } from './evaluateTrial';

/** An evaluator holds up to about 90 bytes per criterion (measured with every trial still open: 12.6 MB at 10,000 trials). */
const BYTES_PER_CRITERION = 90;
/** What the evaluators kept for one catalog may hold together. */
const EVALUATORS_BUDGET_BYTES = 128 * 2 ** 20;

/**
 * Screenings whose evaluator a catalog keeps (the least recently used one beyond this is dropped, and
 * would start over): 64 for catalogs up to about 20,000 criteria, fewer for larger ones, never under 4.
 */
export function screeningsKept(criteria: number): number {
  return Math.max(4, Math.min(64, Math.floor(EVALUATORS_BUDGET_BYTES / (BYTES_PER_CRITERION * Math.max(1, criteria)))));
}

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
  if (byScreening.size > screeningsKept(catalog.index.criteria.length)) byScreening.delete(byScreening.keys().next().value!);
  return evaluator.evaluate(answers, day);
}
