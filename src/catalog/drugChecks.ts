import type { Drug, DrugClass, RangeSourced } from '../domain/vocabulary';
import { isValidUcum } from '../units/ucum';
import type { CatalogProblem } from './catalogError';

/**
 * Holds every cited figure of the drugs file to the file's rule: a value the source gives as a range is
 * the range's upper end (schema validation already requires each figure's source).
 */
export function checkDrugs(drugs: readonly Drug[], classes: readonly DrugClass[], file: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const at = (path: string, message: string) => problems.push({ file, path, message });
  const used = new Set(drugs.flatMap((d) => d.classes));
  drugs.forEach((drug, i) => {
    if (drug.halfLifeHours) checkUpperEnd(drug.halfLifeHours, `drugs[${i}].halfLifeHours`, at);
    // A unit read only for some names of the drug ("enoxaparin 40", never "heparin 5000") must be among its names.
    const names = [drug.label, ...drug.synonyms];
    drug.plainDose?.names?.forEach((name, j) => {
      if (!names.includes(name)) at(`drugs[${i}].plainDose.names[${j}]`, `"${name}" is not a name of drug "${drug.code}" (its label or a synonym)`);
    });
    for (const name of Object.keys(drug.routeInName ?? {})) {
      if (!names.includes(name)) at(`drugs[${i}].routeInName.${name}`, `"${name}" is not a name of drug "${drug.code}" (its label or a synonym)`);
    }
  });
  classes.forEach((drugClass, i) => {
    if (!used.has(drugClass.code)) at(`classes[${i}].code`, `no drug has class "${drugClass.code}"`);
    if (drugClass.maxDailyDose) {
      checkUpperEnd(drugClass.maxDailyDose, `classes[${i}].maxDailyDose`, at);
      if (!isValidUcum(drugClass.maxDailyDose.unit)) at(`classes[${i}].maxDailyDose.unit`, `"${drugClass.maxDailyDose.unit}" is not a valid UCUM unit`);
    }
  });
  const codes = classes.map((c) => c.code);
  if (new Set(codes).size !== codes.length) at('classes', 'class codes must be unique');
  return problems;
}

function checkUpperEnd(figure: RangeSourced, path: string, at: (path: string, message: string) => void): void {
  if (!figure.range) return;
  const [low, high] = figure.range;
  if (low > high) at(`${path}.range`, `the range must run from low to high, got [${low}, ${high}]`);
  if (figure.value !== high) at(`${path}.value`, `${figure.value} is not the upper end of the source's range [${low}, ${high}] (the drugs file's rule: the upper end is used)`);
}
