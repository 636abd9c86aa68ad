import { MessageFactory, type StatePropertyAccessor } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import { FactPrompt, type FactAnswer } from './factPrompt';
import type { ScreeningPlan } from './screeningPlan';
import { newScreening, recordAnswer, type ScreeningState } from './screeningState';
import { ruledOutLines } from './texts/resultTexts';

export const SCREENING_DIALOG = 'screening';
const LOOP = 'screening-loop';
const FACT_PROMPT = 'fact-prompt';

/** Why the screening stopped asking. */
export interface ScreeningEnd {
  /** Facts answered "unknown" that still leave a study open. */
  unknowable: number;
}

/**
 * The engine drives this loop: each turn it asks the unknown fact that bears on the most undecided
 * trials, records the answer, says in one line which trials it ruled out, and asks again — until no
 * answer could change a verdict. It names no trial and no criterion: those come from the catalog.
 */
export class ScreeningDialog extends ComponentDialog {
  constructor(
    private readonly plan: ScreeningPlan,
    private readonly screening: StatePropertyAccessor<ScreeningState>,
  ) {
    super(SCREENING_DIALOG);
    this.addDialog(new FactPrompt(FACT_PROMPT, plan));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.record.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async ask(step: WaterfallStepContext) {
    const state = await this.screening.get(step.context, newScreening());
    const results = this.plan.results(step.context, state.answers);
    const next = this.plan.candidates(step.context, state, results)[0];
    if (!next) {
      state.asking = undefined;
      const unknowable = results.filter((r) => r.verdict === 'needs-info').length;
      return step.endDialog({ unknowable } satisfies ScreeningEnd);
    }
    state.askSeq += 1;
    state.asking = { fact: next.fact };
    if (state.askNext === next.fact) state.askNext = undefined;
    return step.beginDialog(FACT_PROMPT, { fact: next.fact, askSeq: state.askSeq, trialCount: next.trials.length });
  }

  private async record(step: WaterfallStepContext) {
    const state = await this.screening.get(step.context, newScreening());
    const answer = step.result as FactAnswer;
    const before = this.plan.results(step.context, state.answers);
    recordAnswer(state, answer.fact, answer.value);
    state.asking = undefined;
    const ruledOut = this.plan.ruledOutBy(before, this.plan.results(step.context, state.answers));
    const lines = [answer.summary, ...ruledOutLines(ruledOut)];
    await step.context.sendActivity(MessageFactory.text(lines.join('\n')));
    return step.replaceDialog(LOOP);
  }
}
