import type { Rule } from '../domain/rule';
import type { Criterion, TrialRecord } from '../domain/trialRecord';
import type { CompiledNode } from './compiledNode';
import { compileRule } from './compileRule';
import type { Vocabulary } from './compileContext';

export interface CompiledCriterion {
  readonly criterion: Criterion;
  /** Absent for criteria only the investigator can confirm. */
  readonly node?: CompiledNode;
}

export interface CompiledTrial {
  readonly record: TrialRecord;
  readonly criteria: readonly CompiledCriterion[];
  /** Every fact any of its rules reads. */
  readonly facts: ReadonlySet<string>;
}

// Catalogs repeat rules ("no active infection", "not pregnant"): identical rules share one compiled node,
// so a large catalog keeps fewer nodes and the evaluator works each shared one out once per answer.
const compiledRules = new WeakMap<Vocabulary, Map<string, CompiledNode>>();

function sharedNode(rule: Rule, vocabulary: Vocabulary, path: string): CompiledNode {
  let nodes = compiledRules.get(vocabulary);
  if (!nodes) compiledRules.set(vocabulary, (nodes = new Map()));
  const key = JSON.stringify(rule);
  let node = nodes.get(key);
  if (!node) nodes.set(key, (node = compileRule(rule, vocabulary, path)));
  return node;
}

export function compileTrial(record: TrialRecord, vocabulary: Vocabulary): CompiledTrial {
  const criteria = record.criteria.map((criterion, i) => ({
    criterion,
    node: criterion.rule ? sharedNode(criterion.rule, vocabulary, `criteria[${i}].rule`) : undefined,
  }));
  return { record, criteria, facts: new Set(criteria.flatMap((c) => c.node?.facts ?? [])) };
}
