import { ActivityTypes, type Activity } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { FactDefinition } from '../src/domain/factDefinition';
import type { FactValue } from '../src/domain/factValue';
import { parseAnswer } from '../src/parsing/parseAnswer';
import { questionActivity } from './cards/questionCard';
import type { ScreeningPlan } from './screeningPlan';
import { notedText, notedUnknownText, staleButtonText, tooManyTriesText } from './texts/promptTexts';

export interface FactPromptOptions {
  fact: string;
  askSeq: number;
  /** Undecided trials the answer bears on, shown under the question. */
  trialCount: number;
}

export interface FactAnswer {
  fact: string;
  value: FactValue;
  /** How the answer was understood (or why it was recorded as unknown), echoed to the clinician. */
  summary: string;
}

/** What a card button or form sends back. */
interface AnswerValue {
  askSeq?: unknown;
  fact?: unknown;
  answer?: unknown;
}

const MAX_TRIES = 3;

/**
 * Asks for one fact and parses the answer as doctors type it. An unclear answer gets a specific re-prompt;
 * after three, the fact is recorded as unknown and the screening moves on (never as "no").
 */
export class FactPrompt extends Dialog<FactPromptOptions> {
  constructor(
    id: string,
    private readonly plan: ScreeningPlan,
  ) {
    super(id);
  }

  override async beginDialog(dc: DialogContext, options?: FactPromptOptions): Promise<DialogTurnResult> {
    if (!options) throw new Error('FactPrompt needs the fact to ask');
    dc.activeDialog!.state = { ...options, tries: 0 };
    await dc.context.sendActivity(this.question(options));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const activity = dc.context.activity;
    if (activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const state = dc.activeDialog!.state as FactPromptOptions & { tries: number };
    const fact = this.definition(state.fact);
    const submitted = activity.value as AnswerValue | undefined;
    // A button of another question (an earlier one, or one of a screening since forgotten) never answers this one.
    const otherQuestion = submitted !== undefined && ((submitted.askSeq !== undefined && submitted.askSeq !== state.askSeq) || (submitted.fact !== undefined && submitted.fact !== state.fact));
    if (otherQuestion) {
      const staleFact = typeof submitted.fact === 'string' ? this.plan.catalog.facts.get(submitted.fact) : undefined;
      await dc.context.sendActivity(staleButtonText(staleFact?.label, fact.question));
      return Dialog.EndOfTurn;
    }
    const text = typeof submitted?.answer === 'string' ? submitted.answer : (activity.text ?? '');
    const outcome = parseAnswer(text, fact, { vocabulary: this.plan.catalog, today: this.plan.clock() });
    if (outcome.kind === 'value' || outcome.kind === 'unknown') {
      const summary = outcome.kind === 'value' ? notedText(outcome.summary) : notedUnknownText(fact.label);
      return dc.endDialog({ fact: fact.id, value: outcome.value, summary } satisfies FactAnswer);
    }
    state.tries += 1;
    if (state.tries >= MAX_TRIES) {
      const value: FactValue = { kind: 'unknown', entered: `no clear answer after ${MAX_TRIES} tries` };
      return dc.endDialog({ fact: fact.id, value, summary: tooManyTriesText(fact.label) } satisfies FactAnswer);
    }
    await dc.context.sendActivity(this.question(state, outcome.message));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: FactPromptOptions }): Promise<void> {
    await context.sendActivity(this.question(instance.state));
  }

  private question(options: FactPromptOptions, problem?: string): Partial<Activity> {
    return questionActivity(this.definition(options.fact), this.plan.catalog, options.askSeq, options.trialCount, problem);
  }

  private definition(id: string): FactDefinition {
    const fact = this.plan.catalog.facts.get(id);
    if (!fact) throw new Error(`no fact "${id}" in the catalog`);
    return fact;
  }
}

