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

export function compileTrial(record: TrialRecord, vocabulary: Vocabulary): CompiledTrial {
  const criteria = record.criteria.map((criterion, i) => ({
    criterion,
    node: criterion.rule ? compileRule(criterion.rule, vocabulary, `criteria[${i}].rule`) : undefined,
  }));
  return { record, criteria, facts: new Set(criteria.flatMap((c) => c.node?.facts ?? [])) };
}
