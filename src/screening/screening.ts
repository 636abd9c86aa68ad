import type { FactDefinition } from '../domain/factDefinition';
import type { FactValue, KnownFactValue } from '../domain/factValue';
import type { QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import { recordOrAskDoseSince } from '../parsing/doseSince';
import { completeFollowUp } from '../parsing/followUp';
import type { ParseContext, ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { parseContext } from '../parsing/parseContext';
import type { CommandRequest } from './commands';
import { readGroupCard, readGroupText } from './groupAnswers';
import { readYesNo } from '../parsing/boolean';
import { looksLikeSummary } from '../summary/looksLikeSummary';
import { readSummary } from '../summary/readSummary';
import { answerText, commandOf, isQuestionButton, type CardData, type ScreeningInput } from './input';
import { answerField, fixField, keepField } from './cardFields';
import { ruledOutBy, type ScreeningPlan } from './plan';
import { nextGroup } from './questionGroups';
import type { Noted, Question, Reply, ResultsReason } from './replies';
import { firstDelivery, newScreening, recordAnswer, undoLastAnswer, type Asking, type PendingReading, type ScreeningState, type StoredScreening, type Waiting } from './state';

/** Typed confirmations of a pasted summary's facts, besides a plain yes or no. */
const CONFIRM = /^\s*(?:ok(?:ay)?|confirm(?:ed)?|record(?:\s+(?:it|them|these|all))?|all\s+correct|looks\s+(?:good|right))[\s.!]*$/i;
const DISCARD = /^\s*(?:discard(?:\s+(?:it|them|all))?|cancel|wrong)[\s.!]*$/i;

/** Unreadable answers to one question before its fact is recorded as unknown (never as "no"). */
export const MAX_TRIES = 3;

/** Result cards per page: a large catalog must not flood the chat. */
export const RESULT_CARDS_PER_PAGE = 10;

export interface ScreeningOptions {
  /** Questions asked on one card at most; 1 asks one question at a time. */
  groupSize: number;
}

export interface ScreeningStep {
  state: ScreeningState;
  replies: Reply[];
}

/**
 * The screening conversation as pure transitions: (stored state, input) → (new state, replies). The engine
 * drives it: each turn it asks what bears on the most undecided trials — one fact, or a card of them — records the
 * answers, says which trials they ruled out, and asks again, until no answer could change a verdict. It names no
 * trial and no criterion, knows no channel, and sends nothing: the caller stores the state and renders the
 * replies. `screening` identifies the conversation for its evaluator (src/engine/screeningEvaluators.ts).
 */
export class Screening {
  readonly groupSize: number;

  constructor(
    readonly plan: ScreeningPlan,
    { groupSize }: ScreeningOptions,
  ) {
    this.groupSize = groupSize;
  }

  step(screening: string, stored: StoredScreening, input: ScreeningInput, deliveryKey?: string): ScreeningStep {
    const turn = new Turn(this, screening, structuredClone(stored.state));
    if (deliveryKey !== undefined && !firstDelivery(turn.state, deliveryKey)) turn.duplicate(input);
    else if (stored.reset) turn.reset(stored.reset);
    else if (input.kind === 'opened') turn.opened();
    else turn.message(input);
    return { state: turn.state, replies: turn.replies };
  }
}

type Message = Extract<ScreeningInput, { kind: 'message' }>;

function waitingFor(fact: string, { pending, summary, followUp }: Extract<ParseOutcome, { kind: 'follow-up' }>): Waiting {
  return { fact, pending, summary, followUp };
}

/**
 * The answers to a card of follow-up questions: each field completes its fact's waiting reading (a button, or a
 * typed reply, answers them all alike: "same dose", "unknown"). A field left blank is "unknown".
 */
function readFollowUps(waiting: readonly Waiting[], facts: readonly FactDefinition[], card: CardData | undefined, typed: string, context: ParseContext): Answered[] {
  return waiting.map((w, i) => {
    const fact = facts[i]!;
    const field = card?.[answerField(w.fact)];
    const text = card?.answer ?? (typeof field === 'string' && field.trim() !== '' ? field : card ? 'unknown' : typed);
    return { fact, outcome: completeFollowUp(w.followUp, w.pending as KnownFactValue, text, fact, context) };
  });
}

/** An answer as read, for one fact of the question asked. */
interface Answered {
  fact: FactDefinition;
  outcome: ParseOutcome;
}

/** One turn's work on a copy of the state. */
class Turn {
  readonly replies: Reply[] = [];
  private readonly plan: ScreeningPlan;
  private ranked: { results: readonly TrialResult[]; askNext: string | undefined; candidates: QuestionCandidate[] } | undefined;

  constructor(
    private readonly screening: Screening,
    private readonly id: string,
    public state: ScreeningState,
  ) {
    this.plan = screening.plan;
  }

  opened(): void {
    if (this.state.welcomed) return;
    this.welcome();
    this.askNext();
  }

  message(input: Message): void {
    const pasted = !input.card && looksLikeSummary(input.text, this.plan.catalog);
    // A channel that sends no conversationUpdate: the first message opens the screening (and may be a pasted note).
    if (!this.state.welcomed) {
      this.welcome();
      return pasted ? this.readPasted(input.text) : this.askNext();
    }
    const command = commandOf(input);
    // Outside the results, "more" may be an answer (e.g. to a free-text question).
    if (command && !(command.command === 'more' && this.state.phase !== 'results')) return this.command(command);
    if (this.state.phase === 'confirming') return this.confirmReading(input, pasted);
    // A pasted summary, at any point: its facts are read and shown for confirmation.
    if (pasted) return this.readPasted(input.text);
    const { asking } = this.state;
    const card = input.card;
    if (this.state.phase === 'results') return this.say(isQuestionButton(card) ? { kind: 'stale-button', staleFact: card.fact, open: false } : { kind: 'finished' });
    if (!asking) return this.askNext();
    // A button of another question (an earlier one, or one of a screening since forgotten) never answers this one.
    if (isQuestionButton(card) && ((card.askSeq !== undefined && card.askSeq !== asking.seq) || (card.fact !== undefined && card.fact !== asking.facts[0]))) {
      this.say({ kind: 'stale-button', staleFact: card.fact, open: true });
      return this.askAgain();
    }
    const facts = asking.facts.map((id) => this.definition(id));
    const context = this.parseContext();
    if (asking.followUps) return this.answer(readFollowUps(asking.followUps, facts, card, input.text, context));
    if (facts.length === 1) return this.answer([{ fact: facts[0]!, outcome: parseAnswer(answerText(input), facts[0]!, context) }]);
    const outcomes = isQuestionButton(card) ? readGroupCard(facts, card, context) : readGroupText(facts, input.text, context);
    this.answer(facts.flatMap((fact) => {
      const outcome = outcomes.get(fact.id);
      return outcome ? [{ fact, outcome }] : [];
    }));
  }

  duplicate(input: ScreeningInput): void {
    if (input.kind === 'opened') return;
    this.say({ kind: 'duplicate' });
    this.askAgain();
  }

  reset(reason: 'version' | 'invalid'): void {
    this.say({ kind: 'started' });
    this.say({ kind: 'state-reset', reason });
    this.askNext();
  }

  private welcome(): void {
    this.state.welcomed = true;
    this.say({ kind: 'started' });
    this.say({ kind: 'welcome' });
  }

  /** A pasted summary: its facts shown for confirmation, nothing recorded; identifiers in it only counted. */
  private readPasted(text: string): void {
    const { facts, unclear, ignored, readUpTo } = readSummary(text, this.parseContext());
    if (facts.length === 0) {
      this.say({ kind: 'nothing-read', ignored });
      return this.state.asking ? this.askAgain() : this.state.phase === 'results' ? undefined : this.askNext();
    }
    const { state } = this;
    state.seq += 1;
    state.reading = { seq: state.seq, facts: facts.map(({ fact, value, summary, source }) => ({ fact, value, summary, source })), unclear };
    state.phase = 'confirming';
    state.asking = undefined;
    this.say({ kind: 'reading', reading: state.reading, ignored, ...(readUpTo === undefined ? {} : { readUpTo }) });
  }

  /** While a reading waits: the confirmation card's buttons, or "yes"/"no" typed; another pasted summary replaces it. */
  private confirmReading(input: Message, pasted: boolean): void {
    const reading = this.state.reading!;
    const { card } = input;
    if (card && (card.confirm !== undefined || isQuestionButton(card))) {
      if (card.askSeq !== reading.seq || card.confirm === undefined) {
        this.say({ kind: 'stale-button', staleFact: card.fact, open: true });
        return this.askAgain();
      }
      return card.confirm === 'record' ? this.recordReading(reading, card) : this.discardReading();
    }
    if (pasted) return this.readPasted(input.text);
    const said = readYesNo(input.text) ?? (CONFIRM.test(input.text) ? true : DISCARD.test(input.text) ? false : undefined);
    if (said === true) return this.recordReading(reading);
    if (said === false) return this.discardReading();
    this.say({ kind: 'reading-waits' });
    this.askAgain();
  }

  /**
   * Records the facts kept on the confirmation card (all, when confirmed by typing), each corrected where a
   * correction was typed, as answers to the card: a correction that cannot be read is asked again with why, and a
   * medicine read without its last dose change is asked for it as any answer is.
   */
  private recordReading(reading: PendingReading, card?: CardData): void {
    const context = this.parseContext();
    const answered: Answered[] = [];
    for (const read of reading.facts) {
      if (card?.[keepField(read.fact)] === 'false') continue;
      const fact = this.definition(read.fact);
      const correction = card?.[fixField(read.fact)];
      const outcome =
        typeof correction === 'string' && correction.trim() !== ''
          ? parseAnswer(correction, fact, context)
          : recordOrAskDoseSince(read.value as KnownFactValue, read.summary, fact, context);
      answered.push({ fact, outcome });
    }
    const { state } = this;
    state.reading = undefined;
    state.phase = 'screening';
    if (answered.length === 0) return this.askNext();
    state.asking = { seq: reading.seq, facts: answered.map((a) => a.fact.id), tries: 0 };
    this.answer(answered);
  }

  private discardReading(): void {
    this.state.reading = undefined;
    this.state.phase = 'screening';
    this.say({ kind: 'reading-discarded' });
    this.askNext();
  }

  /**
   * Records every answer read, says how each was read and which trials they ruled out, then asks what is still
   * owed — a follow-up, or the questions whose answers could not be read, with why — or the next question. When
   * nothing could be read, the same question is asked again; after MAX_TRIES the rest is recorded as unknown.
   */
  private answer(answered: readonly Answered[]): void {
    const asking = this.state.asking!;
    const recorded: { fact: string; value: FactValue; noted: Noted }[] = [];
    const problems: { fact: string; message: string }[] = [];
    const followUps: ScreeningState['waiting'] = [];
    for (const { fact, outcome } of answered) {
      switch (outcome.kind) {
        case 'value':
          recorded.push({ fact: fact.id, value: outcome.value, noted: { fact: fact.id, as: 'value', summary: outcome.summary } });
          break;
        case 'unknown':
          recorded.push({ fact: fact.id, value: outcome.value, noted: { fact: fact.id, as: 'unknown' } });
          break;
        case 'follow-up':
          followUps.push(waitingFor(fact.id, outcome));
          // The last dose change is a detail the reading can do without: recorded now, with that date unknown (never
          // the start), a dose that rules a study out does so at once; the answer to the follow-up completes it.
          if (outcome.followUp.kind === 'dose-since') recorded.push({ fact: fact.id, value: outcome.pending, noted: { fact: fact.id, as: 'value', summary: outcome.summary } });
          break;
        case 'invalid':
        case 'ambiguous':
          problems.push({ fact: fact.id, message: outcome.message });
          break;
      }
    }
    const unanswered = asking.facts.filter((f) => !recorded.some((r) => r.fact === f) && !followUps.some((w) => w.fact === f));
    if (recorded.length === 0 && followUps.length === 0) {
      asking.tries += 1;
      if (asking.tries < MAX_TRIES) return this.askAgain(problems.length > 0 ? problems : undefined);
      const value: FactValue = { kind: 'unknown', entered: `no clear answer after ${MAX_TRIES} tries` };
      // A dose recorded while its last change was asked keeps the reading given: only that change stays unknown.
      const doseRecorded = (fact: string) => asking.followUps?.some((w) => w.fact === fact && w.followUp.kind === 'dose-since') && this.state.answers[fact];
      this.record(
        unanswered.map((fact) => {
          const kept = doseRecorded(fact);
          return kept ? { fact, value: kept, noted: { fact, as: 'detail-unreadable' } } : { fact, value, noted: { fact, as: 'unreadable' } };
        }),
      );
      return;
    }
    const after = this.record(recorded, false);
    // Readings that need one more detail wait in the state, nothing of them recorded, and are asked one by one.
    this.state.waiting.push(...followUps);
    const left = unanswered.filter((f) => problems.some((p) => p.fact === f));
    // Asked again with why; answers waiting for a detail keep waiting for it.
    const stillWaiting = asking.followUps?.filter((w) => left.includes(w.fact));
    if (left.length > 0) return this.ask(left, after, { problems, tries: asking.tries, ...(stillWaiting ? { followUps: stillWaiting } : {}) });
    this.askNext(after);
  }

  /** Records answers, says how they were read and which trials they ruled out; asks the next question unless told not to. */
  private record(entries: readonly { fact: string; value: FactValue; noted: Noted }[], thenAsk = true): TrialResult[] {
    const before = this.results();
    for (const { fact, value } of entries) recordAnswer(this.state, fact, value);
    this.state.asking = undefined;
    const after = this.results();
    if (entries.length > 0) this.say({ kind: 'noted', noted: entries.map((e) => e.noted), ruledOut: ruledOutBy(before, after) });
    if (thenAsk) this.askNext(after);
    return after;
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
        const candidates = this.candidates();
        const results = this.results();
        for (const fact of state.asking.facts) {
          // A fact waiting for a detail (when a dose last changed) is answered, so no longer ranked: its studies are.
          const waiting = state.asking.followUps?.some((w) => w.fact === fact);
          this.say({ kind: 'why', fact, candidate: waiting ? this.readersOf(fact, results) : candidates.find((c) => c.fact === fact) });
        }
        return;
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
        // Moving on from a summary's confirmation card drops what it read, and says so.
        if (state.reading) return this.discardReading();
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
        // Readings still waiting (for a detail, or for confirmation) are dropped: their facts are asked afresh.
        state.waiting = [];
        state.reading = undefined;
        this.say({ kind: 'undone', fact: undone });
        return this.askNext();
      }
      case 'restart':
        this.plan.forget(this.id);
        // Delivery keys stay: an activity of the old screening delivered again must not be applied to the new one.
        this.state = { ...newScreening(true), deliveries: state.deliveries };
        this.say({ kind: 'started' });
        this.say({ kind: 'restarted' });
        return this.askNext();
    }
  }

  /** What bears on the most open trials — a fact put back by "back" first — or the results when no answer could change a verdict. */
  private askNext(results = this.results()): void {
    const { state } = this;
    // Answers waiting for a detail: one not recorded yet is asked at once. With cards of several questions, a dose
    // recorded without its last change waits until nothing else is left to ask (by then the studies it could decide
    // may be settled); one question at a time, it is asked at once, as a conversation would. Either is dropped once
    // no undecided study reads it.
    state.waiting = state.waiting.filter((w) => w.followUp.kind !== 'dose-since' || this.stillMatters(w.fact, results));
    const blocking = this.screening.groupSize === 1 ? state.waiting : state.waiting.filter((w) => w.followUp.kind !== 'dose-since');
    if (blocking.length > 0) return this.askFollowUps(blocking, results);
    const candidates = this.candidates(results);
    const forced = state.askNext;
    const group = forced ? candidates.slice(0, 1) : nextGroup(candidates, this.plan.catalog, this.screening.groupSize);
    if (group.length === 0) {
      if (state.waiting.length > 0) return this.askFollowUps(state.waiting, results);
      const unknownsLeft = results.some((r) => r.verdict === 'needs-info');
      // Reaching the verdicts the first time is what the pre-screening log records (results asked for mid-way are not).
      if (!state.screened) {
        state.screened = true;
        this.say({ kind: 'screened', results, day: this.plan.clock() });
      }
      return this.showResults(results, unknownsLeft ? 'only-unknowns-left' : 'all-decided');
    }
    if (forced === group[0]!.fact) state.askNext = undefined;
    this.ask(
      group.map((c) => c.fact),
      results,
    );
  }

  /** Up to a card's worth of the answers waiting for a detail, taken off the queue and asked together. */
  private askFollowUps(waiting: readonly Waiting[], results: readonly TrialResult[]): void {
    const followUps = waiting.slice(0, this.screening.groupSize);
    this.state.waiting = this.state.waiting.filter((w) => !followUps.includes(w));
    this.ask(followUps.map((w) => w.fact), results, { followUps });
  }

  /** Asks these facts under a new question number (buttons of anything asked before no longer answer). */
  private ask(facts: string[], results: readonly TrialResult[], extra: Partial<Pick<Asking, 'followUps' | 'tries'>> & { problems?: Question['problems'] } = {}): void {
    const { state } = this;
    const { problems, ...kept } = extra;
    state.phase = 'screening';
    state.seq += 1;
    state.asking = { seq: state.seq, facts, tries: 0, ...kept };
    this.sayQuestion(this.candidates(results), problems);
  }

  /** The open question again, under the same number (its buttons stay valid), with why the last answer was not taken. */
  private askAgain(problems?: Question['problems']): void {
    const { reading } = this.state;
    if (this.state.phase === 'confirming' && reading) return this.say({ kind: 'reading', reading, ignored: [] });
    if (this.state.phase !== 'screening' || !this.state.asking) return;
    this.sayQuestion(this.candidates(), problems);
  }

  private sayQuestion(candidates: readonly QuestionCandidate[], problems: Question['problems']): void {
    const asking = this.state.asking!;
    const trials = new Set(candidates.filter((c) => asking.facts.includes(c.fact)).flatMap((c) => c.trials));
    const waiting = asking.followUps;
    this.say({
      kind: 'question',
      question: {
        seq: asking.seq,
        facts: asking.facts,
        trialCount: trials.size,
        ...(problems ? { problems } : {}),
        ...(waiting ? { followUps: waiting.map((w) => ({ ...w, pending: w.pending as KnownFactValue })) } : {}),
      },
    });
  }

  private showResults(results: TrialResult[], reason: ResultsReason): void {
    this.state.phase = 'results';
    this.state.asking = undefined;
    this.state.reading = undefined;
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
    return this.plan.results(this.id, this.state.answers);
  }

  /** Ranked once per results: choosing a card and saying how many studies it bears on read the same ranking. */
  private candidates(results: readonly TrialResult[] = this.results()): QuestionCandidate[] {
    const { askNext } = this.state;
    if (this.ranked?.results !== results || this.ranked.askNext !== askNext) {
      this.ranked = { results, askNext, candidates: this.plan.candidates(results, this.state.answers, askNext) };
    }
    return this.ranked.candidates;
  }

  /** The undecided studies that read a fact, and their criteria that do, as the ranking would list them. */
  private readersOf(fact: string, results: readonly TrialResult[]): QuestionCandidate {
    const readers = this.plan.catalog.trials.filter((trial, i) => results[i]!.verdict === 'needs-info' && trial.facts.has(fact));
    return {
      fact,
      trials: readers.map((trial) => trial.record.id),
      criteria: readers.flatMap((trial) => trial.criteria.filter((c) => c.node?.facts.includes(fact)).map((c) => `${trial.record.id}/${c.criterion.id}`)),
    };
  }

  /** Whether a study still undecided reads the fact. */
  private stillMatters(fact: string, results: readonly TrialResult[]): boolean {
    return results.some((r, i) => r.verdict === 'needs-info' && this.plan.catalog.trials[i]!.facts.has(fact));
  }

  private parseContext(): ParseContext {
    return parseContext(this.plan.catalog, this.plan.clock(), this.state.answers);
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
