import type { TurnContext } from 'botbuilder';
import type { Catalog } from '../src/catalog/loadCatalog';
import type { Clock } from '../src/clock';
import type { Answers } from '../src/domain/factValue';
import { ScreeningEvaluators } from '../src/engine/screeningEvaluators';
import { rankQuestions, type QuestionCandidate } from '../src/engine/nextQuestion';
import type { TrialResult } from '../src/engine/result';
import type { ScreeningState } from './screeningState';

/**
 * What the conversation needs from the engine: results for the answers so far, and what to ask next.
 * Each conversation is one patient's screening, with its own evaluator, dropped after `idleMs` unused
 * (as the conversation's state is) or when the screening starts over.
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

  results(context: TurnContext, answers: Answers): TrialResult[] {
    return this.evaluators.evaluate(screeningOf(context), answers, this.clock());
  }

  /** The conversation's screening starts over: nothing of the previous patient is kept. */
  forget(context: TurnContext): void {
    this.evaluators.forget(screeningOf(context));
  }

  /** Questions that could still change a verdict, best first; a fact put back by "back" comes first. */
  candidates(context: TurnContext, state: ScreeningState, results = this.results(context, state.answers)): QuestionCandidate[] {
    const ranked = rankQuestions(results, this.catalog, state.answers);
    const forced = state.askNext;
    if (!forced) return ranked;
    const entry = ranked.find((c) => c.fact === forced) ?? { fact: forced, trials: [], criteria: [] };
    return [entry, ...ranked.filter((c) => c.fact !== forced)];
  }

  /** Trials an answer ruled out: ineligible in `after`, not in `before` (both are in catalog order). */
  ruledOutBy(before: readonly TrialResult[], after: readonly TrialResult[]): TrialResult[] {
    return after.filter((result, i) => result.verdict === 'ineligible' && before[i]?.verdict !== 'ineligible');
  }
}

function screeningOf(context: TurnContext): string {
  return `${context.activity.channelId}/${context.activity.conversation.id}`;
}
