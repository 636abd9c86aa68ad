import type { FactDefinition } from '../domain/factDefinition';
import type { KnownFactValue } from '../domain/factValue';
import type { ParseContext, ParseOutcome } from './outcome';

/**
 * Records a reading, or first asks when a medicine's dose last changed: "stable for N weeks" counts from the
 * last dose change, so a medicine taken now and given with its start only is asked about — for the facts some
 * criterion tests for stability, so other medication answers cost no turn. Uses before `from` were asked already.
 */
export function recordOrAskDoseSince(value: KnownFactValue, summary: string, fact: FactDefinition, context: ParseContext, from = 0): ParseOutcome {
  if (value.kind === 'medication' && context.stabilityTested?.has(fact.id)) {
    const use = value.uses.findIndex((u, i) => i >= from && u.current && u.started !== undefined && u.doseSince === undefined);
    if (use >= 0) return { kind: 'follow-up', pending: value, summary, followUp: { kind: 'dose-since', use } };
  }
  return { kind: 'value', value, summary };
}
