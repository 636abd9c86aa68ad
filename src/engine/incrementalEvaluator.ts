import type { Day } from '../dates/calendar';
import type { Answers, FactValue } from '../domain/factValue';
import type { CompiledCriterion, CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { criterionResult } from './criterionResult';
import { CriterionSummaries } from './criterionSummaries';
import { factOrder, type FactOrder } from './factOrder';
import { rememberOpenFacts, type OpenFacts } from './openFacts';
import { patientView } from './patientView';
import type { CriterionResult, StatusReport, TrialResult } from './result';
import { sameData } from './sameData';
import { statusReport } from './staleness';
import { trialResult } from './trialResult';
import { trimmed } from './trimmed';

/**
 * Evaluates one catalog for a patient whose answers change a few at a time (a screening adds one per
 * turn). Criteria are indexed by the facts they read, so a call evaluates again only the criteria reading
 * a fact whose value — answered or implied — changed since the previous call, and rebuilds only their
 * trials' results. A new day re-evaluates everything. Returned results are never mutated afterwards.
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
  private readonly criterionResults: CriterionResult[] = [];
  private readonly summaries: CriterionSummaries;
  private readonly results: TrialResult[] = [];
  private statuses: StatusReport[] = [];
  /** Call number at which a criterion or trial was last rebuilt, so one reading two changed facts is rebuilt once. */
  private readonly criterionStamps: Uint32Array;
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
    this.criterionStamps = new Uint32Array(this.criteria.length);
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
    if (everything) {
      this.statuses = this.trials.map((t) => statusReport(t.record, day));
    }
    const changed: number[] = [];
    for (const [fact, readers] of this.readers) {
      const value = patient.value(fact);
      if (!everything && sameData(value, this.seen.get(fact))) continue;
      this.seen.set(fact, structuredClone(value));
      if (!everything) for (const i of readers) changed.push(i);
    }
    this.calls += 1;
    const rebuilt: number[] = [];
    for (const i of everything ? this.criteria.keys() : changed) {
      if (this.criterionStamps[i] === this.calls) continue;
      this.criterionStamps[i] = this.calls;
      const result = criterionResult(this.criteria[i]!, patient);
      this.criterionResults[i] = result;
      this.summaries.set(i, result, this.order);
      const trial = this.trialOf[i]!;
      if (this.trialStamps[trial] === this.calls) continue;
      this.trialStamps[trial] = this.calls;
      rebuilt.push(trial);
    }
    for (const t of rebuilt) {
      const first = this.starts[t]!;
      const criteria = this.criterionResults.slice(first, this.starts[t + 1]);
      const result = trialResult(this.trials[t]!.record, this.statuses[t]!, this.order, criteria, this.summaries, first);
      if (result.verdict === 'needs-info') rememberOpenFacts(result, this.openFacts(t));
      this.results[t] = result;
    }
    this.day = day;
    return this.results.slice();
  }

  /** What rankQuestions reads of an undecided trial, from the summaries rather than the scattered evidence. */
  private openFacts(t: number): OpenFacts {
    const positions: number[] = [];
    const criteria: string[] = [];
    for (let i = this.starts[t]!; i < this.starts[t + 1]!; i++) {
      if (!this.summaries.isOpen(i)) continue;
      this.summaries.forEachMissing(i, (position) => {
        positions.push(position);
        criteria.push(this.keys[i]!);
      });
    }
    return { positions: trimmed(positions), criteria: trimmed(criteria) };
  }
}
