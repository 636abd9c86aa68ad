import { type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { CommandRequest } from './commands';
import { InterruptibleDialog } from './interruptibleDialog';
import { sendResultCards, sendResults } from './resultsMessages';
import { SCREENING_DIALOG, ScreeningDialog, type ScreeningEnd } from './screeningDialog';
import type { ScreeningPlan } from './screeningPlan';
import { newScreening, undoLastAnswer, type ScreeningState } from './screeningState';
import {
  allDecidedText,
  closedQuestionFinishedText,
  finishedText,
  helpText,
  noOpenQuestionText,
  nothingToUndoText,
  pausedText,
  restartText,
  summaryText,
  undoneText,
  unknownStudyText,
  whyText,
} from './texts/conversationTexts';
import { referralText } from './texts/resultTexts';
import { factLabel } from '../src/report/wording';
import { WaitForMessageDialog } from './waitForMessageDialog';

export const MAIN_DIALOG = 'main';
const MAIN_FLOW = 'main-flow';
const WAIT = 'wait-for-message';

/**
 * Screens one patient, shows the results, then waits: the clinician can change an answer ("back"),
 * carry on after early results ("continue"), ask for a referral summary, or start a new patient.
 */
export class MainDialog extends InterruptibleDialog {
  constructor(
    private readonly plan: ScreeningPlan,
    private readonly screening: StatePropertyAccessor<ScreeningState>,
  ) {
    super(MAIN_DIALOG);
    this.addDialog(new ScreeningDialog(plan, screening));
    this.addDialog(new WaitForMessageDialog(WAIT));
    this.addDialog(new WaterfallDialog(MAIN_FLOW, [this.screen.bind(this), this.showResults.bind(this), this.afterResults.bind(this)]));
    this.initialDialogId = MAIN_FLOW;
  }

  private async screen(step: WaterfallStepContext) {
    const state = await this.state(step.context);
    return state.finished ? step.next() : step.beginDialog(SCREENING_DIALOG);
  }

  private async showResults(step: WaterfallStepContext) {
    const end = step.result as ScreeningEnd | undefined;
    if (end) {
      const state = await this.state(step.context);
      state.finished = true;
      await step.context.sendActivity(allDecidedText(end.unknowable));
      await this.showFirstPage(step.context, state);
    }
    return step.beginDialog(WAIT);
  }

  private async afterResults(step: WaterfallStepContext) {
    const activity = step.result as Partial<Activity>;
    const stale = (activity.value as { askSeq?: unknown } | undefined)?.askSeq !== undefined;
    await step.context.sendActivity(stale ? closedQuestionFinishedText : finishedText);
    return step.replaceDialog(MAIN_FLOW);
  }

  protected async onCommand(innerDc: DialogContext, request: CommandRequest): Promise<DialogTurnResult | undefined> {
    const { context } = innerDc;
    const state = await this.state(context);
    const { catalog } = this.plan;
    switch (request.command) {
      case 'help':
        await context.sendActivity(helpText);
        return this.repromptIfAsking(innerDc, state);
      case 'summary':
        await context.sendActivity(summaryText(state.answers, state.answered, catalog));
        return this.repromptIfAsking(innerDc, state);
      case 'why': {
        if (!state.asking) {
          await context.sendActivity(noOpenQuestionText);
          return Dialog.EndOfTurn;
        }
        const candidate = this.plan.candidates(context, state).find((c) => c.fact === state.asking?.fact);
        await context.sendActivity(whyText(state.asking.fact, candidate, catalog.trials, catalog));
        return Dialog.EndOfTurn;
      }
      case 'referral': {
        const result = this.plan.results(context, state.answers).find((r) => r.trialId === request.trialId);
        await context.sendActivity(
          result ? referralText(result, state.answers, state.answered, catalog, this.plan.clock()) : unknownStudyText,
        );
        return Dialog.EndOfTurn;
      }
      case 'results': {
        const results = this.plan.results(context, state.answers);
        const remaining = this.plan.candidates(context, state, results).length;
        await this.showFirstPage(context, state, results);
        if (remaining > 0) await context.sendActivity(pausedText);
        state.finished = true;
        state.asking = undefined;
        return this.startOver(innerDc);
      }
      case 'more':
        // Outside the results, "more" may be an answer (e.g. to a free-text question): let the dialog see it.
        if (!state.finished) return undefined;
        state.cardsShown += await sendResultCards(context, this.plan.results(context, state.answers), catalog, state.cardsShown);
        return Dialog.EndOfTurn;
      case 'continue':
        state.finished = false;
        return this.startOver(innerDc);
      case 'back': {
        const undone = undoLastAnswer(state);
        if (!undone) {
          await context.sendActivity(nothingToUndoText);
          return this.repromptIfAsking(innerDc, state);
        }
        await context.sendActivity(undoneText(factLabel(catalog, undone)));
        return this.startOver(innerDc);
      }
      case 'restart':
        this.plan.forget(context);
        await this.screening.set(context, newScreening());
        await context.sendActivity(restartText);
        return this.startOver(innerDc);
    }
  }

  private async showFirstPage(context: TurnContext, state: ScreeningState, results = this.plan.results(context, state.answers)): Promise<void> {
    state.cardsShown = await sendResults(context, results, this.plan.catalog);
  }

  private async startOver(innerDc: DialogContext): Promise<DialogTurnResult> {
    await innerDc.cancelAllDialogs();
    return innerDc.beginDialog(MAIN_FLOW);
  }

  private async repromptIfAsking(innerDc: DialogContext, state: ScreeningState): Promise<DialogTurnResult> {
    if (state.asking) await innerDc.repromptDialog();
    return Dialog.EndOfTurn;
  }

  private state(context: TurnContext): Promise<ScreeningState> {
    return this.screening.get(context, newScreening());
  }
}
