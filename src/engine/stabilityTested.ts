import type { MedicationLeaf, Rule } from '../domain/rule';

/**
 * The medication facts whose dose history some rule reads: tested with `stableFor`, or with a combined
 * regimen's dose over a period (not only today's). Only for these does a medicine given with a start date
 * need the date of its last dose change (without it the dose before is unknown, so such a rule stays open),
 * so other medication answers cost no extra question.
 */
export function stabilityTestedFacts(rules: Iterable<Rule>): Set<string> {
  const facts = new Set<string>();
  const visit = (rule: Rule): void => {
    if ('all' in rule) rule.all.forEach(visit);
    else if ('any' in rule) rule.any.forEach(visit);
    else if ('not' in rule) visit(rule.not);
    else if ('medication' in rule && readsDoseHistory(rule)) facts.add(rule.medication);
  };
  for (const rule of rules) visit(rule);
  return facts;
}

function readsDoseHistory({ quantifier, select, test }: MedicationLeaf): boolean {
  return test.stableFor !== undefined || (quantifier === 'combined' && test.dailyDose !== undefined && !select.current);
}
