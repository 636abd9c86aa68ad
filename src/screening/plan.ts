import type { Catalog } from '../catalog/loadCatalog';
import type { Clock } from '../clock';
import type { Answers } from '../domain/factValue';
import { rankQuestions, type QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import { ScreeningEvaluators } from '../engine/screeningEvaluators';

/**
 * What the screening needs from the engine: results for the answers so far, and what to ask next. Each
 * screening (a conversation) has its own incremental evaluator, rebuilt from the stored answers on an
 * instance that has not seen it, dropped after `idleMs` unused (as the stored state is) or when it starts over.
 */
export class ScreeningPlan {
  private readonly evaluators: ScreeningEvaluators;

  constructor(
    readonly catalog: Catalog,
    readonly clock: Clock,
    idleMs: number,
  ) {
    this.evaluators = new ScreeningEvaluators(catalog.trials, catalog, idleMs);
  }

  results(screening: string, answers: Answers): TrialResult[] {
    return this.evaluators.evaluate(screening, answers, this.clock());
  }

  /** The screening starts over: nothing of the previous patient is kept. */
  forget(screening: string): void {
    this.evaluators.forget(screening);
  }

  /** Questions that could still change a verdict, best first; a fact put back by "back" comes first. */
  candidates(results: readonly TrialResult[], answers: Answers, askNext: string | undefined): QuestionCandidate[] {
    const ranked = rankQuestions(results, this.catalog, answers);
    if (!askNext) return ranked;
    const entry = ranked.find((c) => c.fact === askNext) ?? { fact: askNext, trials: [], criteria: [] };
    return [entry, ...ranked.filter((c) => c.fact !== askNext)];
  }
}

/** Trials an answer ruled out: ineligible in `after`, not in `before` (both are in catalog order). */
export function ruledOutBy(before: readonly TrialResult[], after: readonly TrialResult[]): TrialResult[] {
  return after.filter((result, i) => result.verdict === 'ineligible' && before[i]?.verdict !== 'ineligible');
}
