import type { Rule } from '../domain/rule';

/**
 * The medication facts some rule tests with `stableFor`: only for these does a medicine given with a start
 * date need the date of its last dose change, so other medication answers cost no extra question.
 */
export function stabilityTestedFacts(rules: Iterable<Rule>): Set<string> {
  const facts = new Set<string>();
  const visit = (rule: Rule): void => {
    if ('all' in rule) rule.all.forEach(visit);
    else if ('any' in rule) rule.any.forEach(visit);
    else if ('not' in rule) visit(rule.not);
    else if ('medication' in rule && rule.test.stableFor) facts.add(rule.medication);
  };
  for (const rule of rules) visit(rule);
  return facts;
}
