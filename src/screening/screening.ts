import type { FactDefinition } from '../domain/factDefinition';
import type { FactValue, KnownFactValue } from '../domain/factValue';
import type { TrialResult } from '../engine/result';
import { completeFollowUp } from '../parsing/followUp';
import type { ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { parseContext } from '../parsing/parseContext';
import type { CommandRequest } from './commands';
import { answerText, commandOf, isQuestionButton, type ScreeningInput } from './input';
import { ruledOutBy, type ScreeningPlan } from './plan';
import type { Noted, Reply, ResultsReason } from './replies';
import { firstDelivery, newScreening, recordAnswer, undoLastAnswer, type ScreeningState, type StoredScreening } from './state';

/** Unreadable answers to one question before its fact is recorded as unknown (never as "no"). */
export const MAX_TRIES = 3;

/** Result cards per page: a large catalog must not flood the chat. */
export const RESULT_CARDS_PER_PAGE = 10;

export interface ScreeningStep {
  state: ScreeningState;
  replies: Reply[];
}

/**
 * The screening conversation as pure transitions: (stored state, input) → (new state, replies). The engine
 * drives it: each turn it asks the unknown fact that bears on the most undecided trials, records the answer,
 * says which trials the answer ruled out, and asks again, until no answer could change a verdict. It names no
 * trial and no criterion, knows no channel, and sends nothing: the caller stores the state and renders the
 * replies. `screening` identifies the conversation for its evaluator (src/engine/screeningEvaluators.ts).
 */
export class Screening {
  constructor(readonly plan: ScreeningPlan) {}

  step(screening: string, stored: StoredScreening, input: ScreeningInput, deliveryKey?: string): ScreeningStep {
    const turn = new Turn(this.plan, screening, structuredClone(stored.state));
    if (deliveryKey !== undefined && !firstDelivery(turn.state, deliveryKey)) turn.duplicate(input);
    else if (stored.reset) turn.reset(stored.reset);
    else if (input.kind === 'opened') turn.opened();
    else turn.message(input);
    return { state: turn.state, replies: turn.replies };
  }
}

type Message = Extract<ScreeningInput, { kind: 'message' }>;

/** One turn's work on a copy of the state. */
class Turn {
  readonly replies: Reply[] = [];

  constructor(
    private readonly plan: ScreeningPlan,
    private readonly screening: string,
    public state: ScreeningState,
  ) {}

  opened(): void {
    if (this.state.welcomed) return;
    this.welcome();
  }

  message(input: Message): void {
    // A channel that sends no conversationUpdate: the first message opens the screening.
    if (!this.state.welcomed) return this.welcome();
    const command = commandOf(input);
    // Outside the results, "more" may be an answer (e.g. to a free-text question).
    if (command && !(command.command === 'more' && this.state.phase !== 'results')) return this.command(command);
    const { asking } = this.state;
    const card = input.card;
    if (this.state.phase === 'results') return this.say(isQuestionButton(card) ? { kind: 'stale-button', staleFact: card.fact, open: false } : { kind: 'finished' });
    if (!asking) return this.askNext();
    // A button of another question (an earlier one, or one of a screening since forgotten) never answers this one.
    if (isQuestionButton(card) && ((card.askSeq !== undefined && card.askSeq !== asking.seq) || (card.fact !== undefined && card.fact !== asking.fact))) {
      this.say({ kind: 'stale-button', staleFact: card.fact, open: true });
      return this.askAgain();
    }
    this.answer(this.definition(asking.fact), answerText(input));
  }

  duplicate(input: ScreeningInput): void {
    if (input.kind === 'opened') return;
    this.say({ kind: 'duplicate' });
    this.askAgain();
  }

  reset(reason: 'version' | 'invalid'): void {
    this.say({ kind: 'state-reset', reason });
    this.askNext();
  }

  private welcome(): void {
    this.state.welcomed = true;
    this.say({ kind: 'welcome' });
    this.askNext();
  }

  private answer(fact: FactDefinition, text: string): void {
    const context = parseContext(this.plan.catalog, this.plan.clock(), this.state.answers);
    const pending = this.state.asking?.followUp;
    const outcome: ParseOutcome = pending
      ? completeFollowUp(pending.followUp, pending.pending as KnownFactValue, text, fact, context)
      : parseAnswer(text, fact, context);
    switch (outcome.kind) {
      case 'value':
        return this.record(fact.id, outcome.value, { fact: fact.id, as: 'value', summary: outcome.summary });
      case 'unknown':
        return this.record(fact.id, outcome.value, { fact: fact.id, as: 'unknown' });
      case 'follow-up': {
        // Nothing is recorded yet: the reading waits, with the question it still needs, in the state.
        const asking = this.state.asking!;
        asking.followUp = { pending: outcome.pending, summary: outcome.summary, followUp: outcome.followUp };
        asking.tries = 0;
        return this.askAgain();
      }
      case 'invalid':
      case 'ambiguous': {
        const asking = this.state.asking!;
        asking.tries += 1;
        if (asking.tries >= MAX_TRIES) {
          const value: FactValue = { kind: 'unknown', entered: `no clear answer after ${MAX_TRIES} tries` };
          return this.record(fact.id, value, { fact: fact.id, as: 'unreadable' });
        }
        return this.askAgain(outcome.message);
      }
    }
  }

  /** Records an answer, says how it was read and which trials it ruled out, and asks the next question. */
  private record(fact: string, value: FactValue, noted: Noted): void {
    const before = this.results();
    recordAnswer(this.state, fact, value);
    this.state.asking = undefined;
    const after = this.results();
    this.say({ kind: 'noted', noted, ruledOut: ruledOutBy(before, after) });
    this.askNext(after);
  }

  private command(request: CommandRequest): void {
    const { state } = this;
    switch (request.command) {
      case 'help':
        this.say({ kind: 'help' });
        return this.askAgain();
      case 'summary':
        this.say({ kind: 'summary', answers: state.answers, answered: state.answered });
        return this.askAgain();
      case 'why': {
        if (!state.asking || state.phase !== 'screening') return this.say({ kind: 'no-open-question' });
        const fact = state.asking.fact;
        return this.say({ kind: 'why', fact, candidate: this.candidates().find((c) => c.fact === fact) });
      }
      case 'referral': {
        const result = this.results().find((r) => r.trialId === request.trialId);
        return this.say({ kind: 'referral', result, answers: state.answers, answered: state.answered, day: this.plan.clock() });
      }
      case 'results': {
        const results = this.results();
        const remaining = this.candidates(results).length;
        this.showResults(results, 'asked');
        if (remaining > 0) this.say({ kind: 'paused' });
        return;
      }
      case 'more':
        return this.nextPage(this.results());
      case 'continue':
        if (state.phase === 'screening' && state.asking) return this.askAgain();
        state.phase = 'screening';
        return this.askNext();
      case 'back': {
        const undone = undoLastAnswer(state);
        if (!undone) {
          this.say({ kind: 'nothing-to-undo' });
          return this.askAgain();
        }
        state.phase = 'screening';
        state.asking = undefined;
        this.say({ kind: 'undone', fact: undone });
        return this.askNext();
      }
      case 'restart':
        this.plan.forget(this.screening);
        // Delivery keys stay: an activity of the old screening delivered again must not be applied to the new one.
        this.state = { ...newScreening(true), deliveries: state.deliveries };
        this.say({ kind: 'restarted' });
        return this.askNext();
    }
  }

  /** The question that bears on the most open trials, or the results when no answer could change a verdict. */
  private askNext(results = this.results()): void {
    const { state } = this;
    const next = this.candidates(results)[0];
    if (!next) {
      const unknownsLeft = results.some((r) => r.verdict === 'needs-info');
      return this.showResults(results, unknownsLeft ? 'only-unknowns-left' : 'all-decided');
    }
    state.phase = 'screening';
    state.seq += 1;
    state.asking = { seq: state.seq, fact: next.fact, tries: 0 };
    if (state.askNext === next.fact) state.askNext = undefined;
    this.say({ kind: 'question', question: { seq: state.seq, fact: next.fact, trialCount: next.trials.length } });
  }

  /** The open question again, under the same number (its buttons stay valid), with why the last answer was not taken. */
  private askAgain(problem?: string): void {
    const { asking, phase } = this.state;
    if (phase !== 'screening' || !asking) return;
    const trialCount = this.candidates().find((c) => c.fact === asking.fact)?.trials.length ?? 0;
    const followUp = asking.followUp ? { followUp: { ...asking.followUp, pending: asking.followUp.pending as KnownFactValue } } : {};
    this.say({ kind: 'question', question: { seq: asking.seq, fact: asking.fact, trialCount, ...(problem ? { problem } : {}), ...followUp } });
  }

  private showResults(results: TrialResult[], reason: ResultsReason): void {
    this.state.phase = 'results';
    this.state.asking = undefined;
    this.state.cardsShown = 0;
    this.say({ kind: 'results', reason, results });
    this.nextPage(results);
  }

  /** The next page of result cards: the studies not ruled out, ten at a time. */
  private nextPage(results: TrialResult[]): void {
    const open = results.filter((r) => r.verdict !== 'ineligible').length;
    const from = Math.min(this.state.cardsShown, open);
    const to = Math.min(from + RESULT_CARDS_PER_PAGE, open);
    this.state.cardsShown = to;
    this.say({ kind: 'result-cards', results, from, to });
  }

  private results(): TrialResult[] {
    return this.plan.results(this.screening, this.state.answers);
  }

  private candidates(results = this.results()) {
    return this.plan.candidates(results, this.state.answers, this.state.askNext);
  }

  private definition(id: string): FactDefinition {
    const fact = this.plan.catalog.facts.get(id);
    if (!fact) throw new Error(`no fact "${id}" in the catalog`);
    return fact;
  }

  private say(reply: Reply): void {
    this.replies.push(reply);
  }
}
