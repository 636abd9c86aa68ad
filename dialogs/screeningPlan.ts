import type { TurnContext } from 'botbuilder';
import type { Catalog } from '../src/catalog/loadCatalog';
import type { Clock } from '../src/clock';
import type { Answers } from '../src/domain/factValue';
import { evaluateAll } from '../src/engine/evaluate';
import { rankQuestions, type QuestionCandidate } from '../src/engine/nextQuestion';
import type { TrialResult } from '../src/engine/result';
import type { ScreeningState } from './screeningState';

/** What the conversation needs from the engine: results for the answers so far, and what to ask next. */
export class ScreeningPlan {
  constructor(
    readonly catalog: Catalog,
    readonly clock: Clock,
  ) {}

  /** Each conversation is one patient's screening: the engine keeps an evaluator per conversation. */
  results(context: TurnContext, answers: Answers): TrialResult[] {
    const { channelId, conversation } = context.activity;
    return evaluateAll(this.catalog.trials, answers, this.clock(), this.catalog, `${channelId}/${conversation.id}`);
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
