import type { Catalog } from '../catalog/loadCatalog';
import type { FactDefinition } from '../domain/factDefinition';
import type { Answers, FactValue } from '../domain/factValue';
import type { FactDetail } from '../domain/detail';
import type { QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import type { ParseContext } from '../parsing/outcome';
import { parseContext } from '../parsing/parseContext';
import { ruledOutBy, type EngineSession } from './plan';
import { nextGroup } from './questionGroups';
import type { Noted, Question, Reply, ResultsReason } from './replies';
import { recordCard, sameItem, type AskedItem, type Asking, type ScreeningState, type Waiting } from './state';

/** Result cards per page: a large catalog must not flood the chat. */
export const RESULT_CARDS_PER_PAGE = 10;

/** An answer recorded, with how to say it was. */
export interface Recorded {
  fact: string;
  value: FactValue;
  noted: Noted;
}

/**
 * One turn's work on a copy of the state: what every phase and command shares — the engine session, the replies
 * said so far, and the steps of the conversation (record, ask the next question, show the results).
 */
export class Turn {
  readonly replies: Reply[] = [];

  constructor(
    public session: EngineSession,
    public state: ScreeningState,
    readonly groupSize: number,
  ) {}

  get catalog(): Catalog {
    return this.session.catalog;
  }

  say(reply: Reply): void {
    this.replies.push(reply);
  }

  welcome(): void {
    this.state.welcomed = true;
    this.say({ kind: 'started' });
    this.say({ kind: 'welcome' });
  }

  results(): TrialResult[] {
    return this.session.results(this.state.answers);
  }

  candidates(results: readonly TrialResult[] = this.results()): QuestionCandidate[] {
    const { answers, askFirst, declined } = this.state;
    return this.session.candidates(results, answers, askFirst, declined);
  }

  parseContext(): ParseContext {
    return parseContext(this.catalog, this.session.plan.clock(), this.state.answers);
  }

  definition(id: string): FactDefinition {
    const fact = this.catalog.facts.get(id);
    if (!fact) throw new Error(`no fact "${id}" in the catalog`);
    return fact;
  }

  /**
   * Records one card's answers and the details it left unanswered, says how each was read (or, `brief`, only how
   * many) and which trials they ruled out; returns the results after them.
   */
  record(entries: readonly Recorded[], declined: readonly FactDetail[] = [], brief = false): TrialResult[] {
    const before = this.results();
    recordCard(this.state, entries, declined);
    this.state.asking = undefined;
    const after = this.results();
    const noted = [...entries.map((e) => e.noted), ...declined.map((detail): Noted => ({ fact: detail.fact, as: 'detail-not-given', detail }))];
    if (noted.length > 0) this.say({ kind: 'noted', noted, ruledOut: ruledOutBy(before, after), ...(brief ? { brief } : {}) });
    return after;
  }

  /**
   * The first questions still open once these values are recorded, without recording them: the card that would
   * be asked next, filled up to a card's size with the next questions of any kind.
   */
  firstQuestionsAfter(values: readonly { fact: string; value: FactValue }[]): AskedItem[] {
    const answers = { ...this.state.answers, ...Object.fromEntries(values.map((v) => [v.fact, v.value])) };
    const candidates = this.session.candidates(this.session.results(answers), answers, [], this.state.declined);
    const group = nextGroup(candidates, this.catalog, this.groupSize);
    const more = candidates.filter((c) => !group.includes(c)).slice(0, Math.max(0, this.groupSize - group.length));
    return [...group, ...more].map((c) => ({ fact: c.fact, ...(c.detail ? { detail: c.detail } : {}) }));
  }

  /**
   * What bears on the most open trials — readings waiting for a word first, then the items put first, then the
   * details answers lack, then the best card of facts — or the results when no answer could change a verdict.
   */
  askNext(results = this.results()): void {
    const { state } = this;
    if (state.waiting.length > 0) return this.askFollowUps(state.waiting, results);
    const candidates = this.candidates(results);
    const first = state.askFirst;
    const group = first.length > 0 ? candidates.filter((c) => first.some((item) => sameItem(c, item))).slice(0, this.groupSize) : nextGroup(candidates, this.catalog, this.groupSize);
    state.askFirst = first.filter((item) => !group.some((c) => sameItem(c, item)));
    if (group.length === 0) {
      // Reaching the verdicts the first time is what the pre-screening log records (results asked for mid-way are not).
      if (!state.screened) {
        state.screened = true;
        this.say({ kind: 'screened', results, day: this.session.plan.clock() });
      }
      return this.showResults(results, results.some((r) => r.verdict === 'needs-info') ? 'only-unknowns-left' : 'all-decided');
    }
    this.ask(
      group.map((c) => ({ fact: c.fact, ...(c.detail ? { detail: c.detail } : {}) })),
      results,
    );
  }

  /** Up to a card's worth of the readings waiting for a word, taken off the queue and asked together. */
  private askFollowUps(waiting: readonly Waiting[], results: readonly TrialResult[]): void {
    const followUps = waiting.slice(0, this.groupSize);
    this.state.waiting = this.state.waiting.filter((w) => !followUps.includes(w));
    this.ask(followUps.map((w) => ({ fact: w.fact })), results, { followUps });
  }

  /** Asks these items under a new question number (buttons of anything asked before no longer answer). */
  ask(items: AskedItem[], results: readonly TrialResult[], extra: Partial<Pick<Asking, 'followUps' | 'tries'>> & { problems?: Question['problems'] } = {}): void {
    const { state } = this;
    const { problems, ...kept } = extra;
    state.phase = 'screening';
    state.seq += 1;
    state.asking = { seq: state.seq, items, tries: 0, ...kept };
    this.sayQuestion(this.candidates(results), problems);
  }

  /** The open question again, under the same number (its buttons stay valid), with why the last answer was not taken. */
  askAgain(problems?: Question['problems']): void {
    const { reading } = this.state;
    if (this.state.phase === 'confirming' && reading) return this.say({ kind: 'reading', reading, ignored: [] });
    if (this.state.phase !== 'screening' || !this.state.asking) return;
    this.sayQuestion(this.candidates(), problems);
  }

  private sayQuestion(candidates: readonly QuestionCandidate[], problems: Question['problems']): void {
    const asking = this.state.asking!;
    const trials = new Set(candidates.filter((c) => asking.items.some((item) => sameItem(c, item))).flatMap((c) => c.trials));
    const waiting = asking.followUps;
    const completed = asking.items.filter((item) => item.detail).map((item) => [item.fact, this.state.answers[item.fact]] as const);
    this.say({
      kind: 'question',
      question: {
        seq: asking.seq,
        items: asking.items,
        trialCount: trials.size,
        ...(completed.length > 0 ? { recorded: Object.fromEntries(completed.filter(([, v]) => v !== undefined)) as Answers } : {}),
        ...(problems ? { problems } : {}),
        ...(waiting ? { followUps: waiting.map((w) => ({ ...w, pending: w.pending as Exclude<FactValue, { kind: 'unknown' }> })) } : {}),
      },
    });
  }

  showResults(results: TrialResult[], reason: ResultsReason): void {
    this.state.phase = 'results';
    this.state.asking = undefined;
    this.state.reading = undefined;
    this.state.cardsShown = 0;
    this.say({ kind: 'results', reason, results, declined: this.state.declined });
    this.nextPage(results);
  }

  /** The next page of result cards: the studies not ruled out, ten at a time. */
  nextPage(results: TrialResult[]): void {
    const open = results.filter((r) => r.verdict !== 'ineligible').length;
    const from = Math.min(this.state.cardsShown, open);
    const to = Math.min(from + RESULT_CARDS_PER_PAGE, open);
    this.state.cardsShown = to;
    this.say({ kind: 'result-cards', results, from, to, declined: this.state.declined });
  }
}
