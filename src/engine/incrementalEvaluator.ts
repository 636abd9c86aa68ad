import type { Day } from '../dates/calendar';
import type { Answers, FactValue } from '../domain/factValue';
import type { CatalogIndex } from './catalogIndex';
import { excludesWhen, statusOf } from './criterionResult';
import { CriterionSummaries, ruleOutcome } from './criterionSummaries';
import { AnswersSnapshot, resultToExplain } from './evaluateTrial';
import { patientView, type PatientView } from './patientView';
import type { CriterionStatus, StatusReport, TrialResult } from './result';
import { sameData } from './sameData';
import { NOTHING_OPEN, verdictOf } from './trialResult';

/**
 * Evaluates one catalog for a patient whose answers change a few at a time (a screening adds one per
 * turn). Criteria are indexed by the facts they read, so a call looks again only at the trials with a
 * criterion reading a fact whose value — answered or implied — changed since the previous call.
 * It works out truth values only; a result's evidence comes from `evaluate` on a copy of the answers,
 * when its details are asked for. A trial still ruled out by a criterion whose facts did not change is
 * not looked at further; otherwise its changed criteria are evaluated in record order, until one rules
 * it out. A rule shared by many trials is worked out once per call. A new day starts over. The same
 * answers again on the same day get the same array back. Returned results, and arrays, are never changed
 * afterwards (nor may the caller change them).
 */
export class IncrementalEvaluator {
  private day: Day | undefined;
  /** Each read fact's value at the previous call, copied so that changes made to the caller's objects show. */
  private readonly seen = new Map<string, FactValue | undefined>();
  private readonly summaries: CriterionSummaries;
  /** Per distinct rule: the call it was last worked out in, and its status and open facts then. */
  private readonly ruleStamps: Uint32Array;
  private readonly ruleStatuses: CriterionStatus[] = [];
  private readonly ruleWaiting: (readonly number[])[] = [];
  /** 1 for a criterion a fact of which changed since it was last evaluated (its summary is stale). */
  private readonly stale: Uint8Array;
  private results: TrialResult[] = [];
  /** The previous call's answers (a copy) and results, returned again for the same answers on the same day. */
  private last: { answers: Answers; results: TrialResult[] } | undefined;
  private statuses: readonly StatusReport[] = [];
  /** Call number at which a trial was last looked at, so one with several changed criteria is looked at once. */
  private readonly trialStamps: Uint32Array;
  private calls = 0;

  constructor(readonly index: CatalogIndex) {
    this.summaries = new CriterionSummaries(index.criteria.length);
    this.stale = new Uint8Array(index.criteria.length);
    this.ruleStamps = new Uint32Array(index.rules.length);
    this.trialStamps = new Uint32Array(index.trials.length);
  }

  evaluate(answers: Answers, day: Day): TrialResult[] {
    // A turn looks at the results before and after its answers: the ones before are the previous turn's.
    if (day === this.day && this.last && sameData(answers, this.last.answers)) return this.last.results;
    const patient = patientView(answers, day, this.index.vocabulary.facts);
    const everything = day !== this.day;
    // Unset until this call completes, so that after a call that throws the next one starts over.
    this.day = undefined;
    this.calls += 1;
    const touched: number[] = [];
    if (everything) {
      this.statuses = this.index.statusesOn(day);
      this.stale.fill(1);
      touched.push(...this.index.trials.keys());
    }
    for (const [fact, readers] of this.index.readers) {
      const value = patient.value(fact);
      if (!everything && sameData(value, this.seen.get(fact))) continue;
      this.seen.set(fact, structuredClone(value));
      if (everything) continue;
      for (const i of readers) {
        this.stale[i] = 1;
        const trial = this.index.trialOf[i]!;
        if (this.trialStamps[trial] === this.calls) continue;
        this.trialStamps[trial] = this.calls;
        touched.push(trial);
      }
    }
    const snapshot = new AnswersSnapshot(answers, day, this.index.vocabulary);
    // A new array, written before it is returned: the previous one was returned, and is never changed.
    this.results = this.results.slice();
    if (touched.length > 0) this.update(touched, patient, snapshot);
    this.last = { answers: snapshot.answers, results: this.results };
    this.day = day;
    return this.results;
  }

  /** New results for the touched trials; their details are worked out from the answers as they are now (the caller may change its object later). */
  private update(touched: readonly number[], patient: PatientView, snapshot: AnswersSnapshot): void {
    for (const t of touched) {
      const first = this.index.starts[t]!;
      const end = this.index.starts[t + 1]!;
      const verdict = this.ruledOut(first, end) || this.evaluateStale(first, end, patient) ? 'ineligible' : verdictOf(this.summaries, first, end);
      const open = verdict === 'needs-info' ? this.summaries.openFactsIn(first, end, this.index.keys) : NOTHING_OPEN;
      this.results[t] = resultToExplain(this.index, t, verdict, this.statuses[t]!, open, snapshot);
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
      const r = this.index.ruleOf[i]!;
      if (r >= 0 && this.ruleStamps[r] !== this.calls) this.workOut(r, patient);
      // A criterion without a rule (r = -1) is left to the investigator and waits for no fact.
      const status = r >= 0 ? this.ruleStatuses[r]! : 'to-confirm';
      const excludes = excludesWhen(this.index.kinds[i]!, status);
      this.summaries.set(i, status, excludes, r >= 0 ? this.ruleWaiting[r]! : []);
      this.stale[i] = 0;
      if (excludes) return true;
    }
    return false;
  }

  /** Distinct rule r's status and open facts for this call's patient. */
  private workOut(r: number, patient: PatientView): void {
    const { truth, waiting } = ruleOutcome(this.index.rules[r]!, patient, this.index.order);
    this.ruleStamps[r] = this.calls;
    this.ruleStatuses[r] = statusOf(truth);
    this.ruleWaiting[r] = waiting;
  }
}
