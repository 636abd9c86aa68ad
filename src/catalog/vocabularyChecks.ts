import type { FactDefinition } from '../domain/factDefinition';
import type { Condition, Drug } from '../domain/vocabulary';
import { convertUnit, isValidUcum } from '../units/ucum';
import type { CatalogProblem } from './catalogError';

/** Checks the fact catalog against UCUM and the drug list, so a bad unit fails at load, not mid-screening. */
export function checkFacts(
  facts: readonly FactDefinition[],
  drugs: readonly Drug[],
  conditions: readonly Condition[],
  file: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  const classes = new Set(drugs.flatMap((d) => d.classes));
  const ids = new Set(facts.map((f) => f.id));
  facts.forEach((fact, i) => {
    const at = (path: string, message: string) => problems.push({ file, path: `facts[${i}]${path}`, message });
    if (seen.has(fact.id)) at('.id', `fact "${fact.id}" is defined twice`);
    seen.add(fact.id);
    if (fact.type === 'number') {
      if (!isValidUcum(fact.unit)) at('.unit', `"${fact.unit}" is not a valid UCUM unit`);
      fact.accepts.forEach((accepted, j) => {
        try {
          convertUnit(1, accepted.ucum, fact.unit, accepted.molecularWeight);
        } catch (error) {
          at(`.accepts[${j}].ucum`, (error as Error).message);
        }
      });
    }
    if (fact.type === 'medication') {
      if (!isValidUcum(fact.doseUnit)) at('.doseUnit', `"${fact.doseUnit}" is not a valid UCUM unit`);
      fact.classes.forEach((c, j) => {
        if (!classes.has(c)) at(`.classes[${j}]`, `no drug in drugs.yaml has class "${c}"`);
      });
      if (fact.doseAs === 'prednisone-equivalent') {
        for (const drug of drugs.filter((d) => d.classes.some((c) => fact.classes.includes(c)))) {
          if (!drug.equivalentToPrednisone5mg) at('.doseAs', `drug "${drug.code}" has no prednisone equivalent in drugs.yaml`);
        }
      }
    }
    if ((fact.type === 'choice' || fact.type === 'set') && fact.choices !== 'conditions') {
      const codes = fact.choices.map((c) => c.code);
      if (new Set(codes).size !== codes.length) at('.choices', 'choice codes must be unique');
    }
    fact.implied.forEach((implication, j) => {
      if (!ids.has(implication.when.fact)) at(`.implied[${j}].when.fact`, `unknown fact "${implication.when.fact}"`);
    });
  });
  const conditionCodes = conditions.map((c) => c.code);
  if (new Set(conditionCodes).size !== conditionCodes.length) {
    problems.push({ file, path: 'conditions', message: 'condition codes must be unique' });
  }
  return problems;
}
