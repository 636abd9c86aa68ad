import type { FactDefinition } from '../domain/factDefinition';
import type { Condition, Drug } from '../domain/vocabulary';
import { choicesOf } from '../engine/compileContext';
import { acceptedUnits, unitKey } from '../parsing/units';
import { convertUnit, isValidUcum } from '../units/ucum';
import type { CatalogProblem } from './catalogError';

/** A fact with where it is defined: the fact catalog, or a trial record that brings its own facts. */
export interface LocatedFact {
  fact: FactDefinition;
  file: string;
  /** Its path in that file, e.g. `facts[3]`. */
  path: string;
}

/**
 * Checks the facts against UCUM, the drug list and each other, so a bad unit fails at load, not
 * mid-screening; each problem names the file that defines the fact.
 */
export function checkFacts(
  facts: readonly LocatedFact[],
  drugs: readonly Drug[],
  conditions: readonly Condition[],
  conditionsFile: string,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const seen = new Set<string>();
  const classes = new Set(drugs.flatMap((d) => d.classes));
  const byId = new Map(facts.map(({ fact }) => [fact.id, fact]));
  for (const { fact, file, path: where } of facts) {
    const at = (path: string, message: string) => problems.push({ file, path: `${where}${path}`, message });
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
      // Compared as answers are read (parsing/units.refusedUnit: spelling-blind, any case), which try refused units first.
      const sameUnit = (spelling: string) => unitKey(spelling).toLowerCase();
      const accepted = new Map(acceptedUnits(fact).flatMap((a) => [a.ucum, ...a.aliases]).map((spelling) => [sameUnit(spelling), spelling]));
      fact.refuses.forEach((refused, j) => {
        refused.aliases.forEach((alias, k) => {
          const clash = accepted.get(sameUnit(alias));
          if (clash !== undefined) at(`.refuses[${j}].aliases[${k}]`, `"${alias}" reads as "${clash}", an accepted spelling of this fact's units`);
        });
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
    if (fact.type === 'choice' || fact.type === 'set') {
      const codes = choicesOf({ conditions }, fact).map((c) => c.code);
      const named =
        fact.type === 'choice'
          ? [
              ...(fact.dated ? [['.dated.recent', fact.dated.recent], ['.dated.earlier', fact.dated.earlier]] : []),
              ...(fact.fromMedicines ? [['.fromMedicines.longer', fact.fromMedicines.longer], ['.fromMedicines.otherwise', fact.fromMedicines.otherwise]] : []),
            ]
          : fact.optionsNeedName.map((code, j) => [`.optionsNeedName[${j}]`, code]);
      for (const [path, code] of named) if (!codes.includes(code!)) at(path!, `"${code}" is not a choice of this fact`);
      if (fact.type === 'choice' && fact.fromMedicines) {
        for (const key of ['first', 'with'] as const) {
          fact.fromMedicines[key].forEach((c, j) => {
            if (!classes.has(c)) at(`.fromMedicines.${key}[${j}]`, `no drug in drugs.yaml has class "${c}"`);
          });
        }
      }
      if (fact.type === 'set' && fact.optionsNeedName.length > 0 && !fact.names.some((n) => typeof n === 'string')) at('.optionsNeedName', 'options that need a name need the fact to have names');
    }
    fact.implied.forEach((implication, j) => {
      const implying = byId.get(implication.when.fact);
      if (!implying) return at(`.implied[${j}].when.fact`, `unknown fact "${implication.when.fact}"`);
      if (implying.type !== 'choice') return at(`.implied[${j}].when.fact`, `"${implying.id}" is a ${implying.type} fact; an implication needs a choice fact`);
      const codes = choicesOf({ conditions }, implying).map((c) => c.code);
      implication.when.is.forEach((code, k) => {
        if (!codes.includes(code)) at(`.implied[${j}].when.is[${k}]`, `"${code}" is not a choice of fact "${implying.id}"`);
      });
      const fits = typeof implication.value === 'boolean' ? fact.type === 'boolean' : fact.type === 'set';
      if (!fits) at(`.implied[${j}].value`, `a ${fact.type} fact cannot be implied as ${JSON.stringify(implication.value)} (expected ${fact.type === 'boolean' ? 'true or false' : 'a list of its codes'})`);
    });
  }
  const conditionCodes = conditions.map((c) => c.code);
  if (new Set(conditionCodes).size !== conditionCodes.length) {
    problems.push({ file: conditionsFile, path: 'conditions', message: 'condition codes must be unique' });
  }
  return problems;
}
