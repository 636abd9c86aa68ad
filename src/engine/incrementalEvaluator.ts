import type { Day } from '../dates/calendar';
import type { Answers, FactValue } from '../domain/factValue';
import type { CompiledCriterion, CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import type { CompiledNode } from './compiledNode';
import { excludesWhen, statusOf } from './criterionResult';
import { CriterionSummaries, waitingInRule } from './criterionSummaries';
import { AnswersSnapshot, resultToExplain } from './evaluateTrial';
import { factOrder, type FactOrder } from './factOrder';
import { patientView, type PatientView } from './patientView';
import type { CriterionStatus, StatusReport, TrialResult } from './result';
import { sameData } from './sameData';
import { statusReport } from './staleness';
import { NOTHING_OPEN, verdictOf } from './trialResult';

/**
 * Evaluates one catalog for a patient whose answers change a few at a time (a screening adds one per
 * turn). Criteria are indexed by the facts they read, so a call looks again only at the trials with a
 * criterion reading a fact whose value — answered or implied — changed since the previous call.
 * It works out truth values only; a result's evidence comes from `evaluate` on a copy of the answers,
 * when its details are asked for. A trial still ruled out by a criterion whose facts did not change is
 * not looked at further; otherwise its changed criteria are evaluated in record order, until one rules
 * it out. A rule shared by many trials is worked out once per call. A new day starts over. Returned
 * results are never changed afterwards.
 */
export class IncrementalEvaluator {
  /** A copy: the caller's array may change, and `serves` must notice. */
  private readonly trials: readonly CompiledTrial[];
  /** Every criterion of every trial, trial after trial; trial t owns [starts[t], starts[t + 1]). */
  private readonly criteria: CompiledCriterion[];
  private readonly starts: number[];
  private readonly trialOf: number[];
  /** `trialId/criterionId` of each criterion, as rankQuestions lists them. */
  private readonly keys: string[];
  /** Flat criterion indexes reading each fact. */
  private readonly readers = new Map<string, number[]>();
  private readonly order: FactOrder;

  private day: Day | undefined;
  /** Each read fact's value at the previous call, copied so that changes made to the caller's objects show. */
  private readonly seen = new Map<string, FactValue | undefined>();
  private readonly summaries: CriterionSummaries;
  /** The distinct rule (shared node, see compileTrial) of each criterion; -1 for one without a rule. */
  private readonly ruleOf: Int32Array;
  private readonly rules: CompiledNode[] = [];
  /** Per distinct rule: the call it was last worked out in, and its status and open facts then. */
  private readonly ruleStamps: Uint32Array;
  private readonly ruleStatuses: CriterionStatus[] = [];
  private readonly ruleWaiting: (readonly number[])[] = [];
  /** 1 for a criterion a fact of which changed since it was last evaluated (its summary is stale). */
  private readonly stale: Uint8Array;
  private readonly results: TrialResult[] = [];
  private statuses: StatusReport[] = [];
  /** Call number at which a trial was last looked at, so one with several changed criteria is looked at once. */
  private readonly trialStamps: Uint32Array;
  private calls = 0;

  constructor(
    trials: readonly CompiledTrial[],
    readonly vocabulary: Vocabulary,
  ) {
    this.trials = [...trials];
    this.criteria = trials.flatMap((t) => t.criteria);
    this.trialOf = trials.flatMap((t, i) => t.criteria.map(() => i));
    this.keys = trials.flatMap((t) => t.criteria.map((c) => `${t.record.id}/${c.criterion.id}`));
    this.starts = [0];
    for (const trial of trials) this.starts.push(this.starts.at(-1)! + trial.criteria.length);
    this.criteria.forEach((criterion, i) => {
      for (const fact of criterion.node?.facts ?? []) {
        const readers = this.readers.get(fact) ?? [];
        readers.push(i);
        this.readers.set(fact, readers);
      }
    });
    this.order = factOrder(vocabulary);
    this.summaries = new CriterionSummaries(this.criteria.length);
    this.stale = new Uint8Array(this.criteria.length);
    const ruleIndex = new Map<CompiledNode, number>();
    this.ruleOf = Int32Array.from(this.criteria, ({ node }) => {
      if (!node) return -1;
      let r = ruleIndex.get(node);
      if (r === undefined) ruleIndex.set(node, (r = this.rules.push(node) - 1));
      return r;
    });
    this.ruleStamps = new Uint32Array(this.rules.length);
    this.trialStamps = new Uint32Array(trials.length);
  }

  /** True while `trials` still holds exactly the trials this evaluator indexed. */
  serves(trials: readonly CompiledTrial[], vocabulary: Vocabulary): boolean {
    return vocabulary === this.vocabulary && trials.length === this.trials.length && trials.every((t, i) => t === this.trials[i]);
  }

  evaluate(answers: Answers, day: Day): TrialResult[] {
    const patient = patientView(answers, day, this.vocabulary.facts);
    const everything = day !== this.day;
    // Unset until this call completes, so that after a call that throws the next one starts over.
    this.day = undefined;
    this.calls += 1;
    const touched: number[] = [];
    if (everything) {
      this.statuses = this.trials.map((t) => statusReport(t.record, day));
      this.stale.fill(1);
      touched.push(...this.trials.keys());
    }
    for (const [fact, readers] of this.readers) {
      const value = patient.value(fact);
      if (!everything && sameData(value, this.seen.get(fact))) continue;
      this.seen.set(fact, structuredClone(value));
      if (everything) continue;
      for (const i of readers) {
        this.stale[i] = 1;
        const trial = this.trialOf[i]!;
        if (this.trialStamps[trial] === this.calls) continue;
        this.trialStamps[trial] = this.calls;
        touched.push(trial);
      }
    }
    if (touched.length > 0) this.update(touched, patient, new AnswersSnapshot(answers, day, this.vocabulary));
    this.day = day;
    return this.results.slice();
  }

  /** New results for the touched trials; their details are worked out from the answers as they are now (the caller may change its object later). */
  private update(touched: readonly number[], patient: PatientView, snapshot: AnswersSnapshot): void {
    for (const t of touched) {
      const first = this.starts[t]!;
      const end = this.starts[t + 1]!;
      const verdict = this.ruledOut(first, end) || this.evaluateStale(first, end, patient) ? 'ineligible' : verdictOf(this.summaries, first, end);
      const open = verdict === 'needs-info' ? this.summaries.openFactsIn(first, end, (k) => this.keys[k]!) : NOTHING_OPEN;
      this.results[t] = resultToExplain(this.trials[t]!, verdict, this.statuses[t]!, open, snapshot);
    }
  }

  /** Whether an up-to-date criterion in [first, end) rules the patient out. */
  private ruledOut(first: number, end: number): boolean {
    for (let i = first; i < end; i++) {
      if (!this.stale[i] && this.summaries.excludes(i)) return true;
    }
    return false;
  }

  /** Evaluates the stale criteria in [first, end) in record order; stops, and returns true, at the first that rules the patient out. */
  private evaluateStale(first: number, end: number, patient: PatientView): boolean {
    for (let i = first; i < end; i++) {
      if (!this.stale[i]) continue;
      const r = this.ruleOf[i]!;
      if (r >= 0 && this.ruleStamps[r] !== this.calls) this.workOut(r, patient);
      const status = r >= 0 ? this.ruleStatuses[r]! : 'to-confirm';
      const excludes = excludesWhen(this.criteria[i]!.criterion, status);
      this.summaries.set(i, status, excludes, this.ruleWaiting[r] ?? []);
      this.stale[i] = 0;
      if (excludes) return true;
    }
    return false;
  }

  /** Distinct rule r's status and open facts for this call's patient. */
  private workOut(r: number, patient: PatientView): void {
    const node = this.rules[r]!;
    const status = statusOf(node.truth(patient));
    this.ruleStamps[r] = this.calls;
    this.ruleStatuses[r] = status;
    this.ruleWaiting[r] = status === 'unknown' ? waitingInRule(node, patient, this.order) : [];
  }
}
