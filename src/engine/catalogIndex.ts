import type { CompiledNode } from './compiledNode';
import type { CompiledCriterion, CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import type { Criterion, TrialRecord } from '../domain/trialRecord';
import { factOrder, type FactOrder } from './factOrder';
import type { Day } from '../dates/calendar';
import type { StatusReport } from './result';
import { statusReport } from './staleness';

/**
 * What never changes about a catalog, laid out for evaluating it a fact at a time: every criterion of
 * every trial in one flat list, the criteria reading each fact, and the distinct rules (identical rules
 * share one node, see compileTrial). Built once per trials array and shared by every patient's evaluator.
 */
export class CatalogIndex {
  /** A copy: the caller's array may change, and `serves` must notice. */
  readonly trials: readonly CompiledTrial[];
  /**
   * Each trial's record and id, and each criterion's kind, side by side: an answer makes results for
   * thousands of trials, and reaching each through its own objects costs a cache miss or two apiece.
   */
  readonly records: readonly TrialRecord[];
  readonly ids: readonly string[];
  readonly kinds: readonly Criterion['kind'][];
  /** Trial after trial; trial t owns [starts[t], starts[t + 1]). */
  readonly criteria: readonly CompiledCriterion[];
  readonly starts: readonly number[];
  readonly trialOf: readonly number[];
  /** `trialId/criterionId` of each criterion, as rankQuestions lists them. */
  readonly keys: readonly string[];
  /** Flat criterion indexes reading each fact. */
  readonly readers = new Map<string, number[]>();
  /** The distinct rule of each criterion, an index into `rules`; -1 for a criterion without a rule. */
  readonly ruleOf: Int32Array;
  readonly rules: readonly CompiledNode[];
  readonly order: FactOrder;
  /** The trials' statuses on the last day asked: every patient screened that day, and every new one, reads the same. */
  private statusesOf: { day: Day; statuses: readonly StatusReport[] } | undefined;

  constructor(
    trials: readonly CompiledTrial[],
    readonly vocabulary: Vocabulary,
  ) {
    this.trials = [...trials];
    this.records = trials.map((t) => t.record);
    this.ids = this.records.map((r) => r.id);
    this.criteria = trials.flatMap((t) => t.criteria);
    this.kinds = this.criteria.map(({ criterion }) => criterion.kind);
    this.trialOf = trials.flatMap((t, i) => t.criteria.map(() => i));
    this.keys = trials.flatMap((t) => t.criteria.map((c) => `${t.record.id}/${c.criterion.id}`));
    const starts = [0];
    for (const trial of trials) starts.push(starts.at(-1)! + trial.criteria.length);
    this.starts = starts;
    this.criteria.forEach((criterion, i) => {
      for (const fact of criterion.node?.facts ?? []) {
        const readers = this.readers.get(fact) ?? [];
        readers.push(i);
        this.readers.set(fact, readers);
      }
    });
    const rules: CompiledNode[] = [];
    const ruleIndex = new Map<CompiledNode, number>();
    this.ruleOf = Int32Array.from(this.criteria, ({ node }) => {
      if (!node) return -1;
      let r = ruleIndex.get(node);
      if (r === undefined) ruleIndex.set(node, (r = rules.push(node) - 1));
      return r;
    });
    this.rules = rules;
    this.order = factOrder(vocabulary);
  }

  /** Each trial's recruitment status on `day` (shared: never change them). */
  statusesOn(day: Day): readonly StatusReport[] {
    if (this.statusesOf?.day !== day) this.statusesOf = { day, statuses: this.trials.map((t) => statusReport(t.record, day)) };
    return this.statusesOf.statuses;
  }

  /** True while `trials` still holds exactly the trials this index was built from. */
  serves(trials: readonly CompiledTrial[], vocabulary: Vocabulary): boolean {
    return vocabulary === this.vocabulary && trials.length === this.trials.length && trials.every((t, i) => t === this.trials[i]);
  }
}
