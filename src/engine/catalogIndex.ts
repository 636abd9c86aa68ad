import type { CompiledNode } from './compiledNode';
import type { CompiledCriterion, CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { factOrder, type FactOrder } from './factOrder';

/**
 * What never changes about a catalog, laid out for evaluating it a fact at a time: every criterion of
 * every trial in one flat list, the criteria reading each fact, and the distinct rules (identical rules
 * share one node, see compileTrial). Built once per trials array and shared by every patient's evaluator.
 */
export class CatalogIndex {
  /** A copy: the caller's array may change, and `serves` must notice. */
  readonly trials: readonly CompiledTrial[];
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

  constructor(
    trials: readonly CompiledTrial[],
    readonly vocabulary: Vocabulary,
  ) {
    this.trials = [...trials];
    this.criteria = trials.flatMap((t) => t.criteria);
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

  /** True while `trials` still holds exactly the trials this index was built from. */
  serves(trials: readonly CompiledTrial[], vocabulary: Vocabulary): boolean {
    return vocabulary === this.vocabulary && trials.length === this.trials.length && trials.every((t, i) => t === this.trials[i]);
  }
}
