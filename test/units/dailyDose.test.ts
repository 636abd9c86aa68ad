import { describe, expect, it } from 'vitest';
import type { MedicationFact } from '../../src/domain/factDefinition';
import { toDailyDose } from '../../src/units/dailyDose';
import { realCatalog } from '../support/catalog';

const catalog = realCatalog();
const fact = (id: string) => catalog.facts.get(id) as MedicationFact;
const drug = (code: string) => {
  const found = catalog.drugs.get(code);
  if (!found) throw new Error(code);
  return found;
};

describe('corticosteroid doses as prednisone-equivalents (table kept in drugs.yaml)', () => {
  it.each([
    ['prednisone', 5],
    ['prednisolone', 5],
    ['methylprednisolone', 4],
    ['triamcinolone', 4],
    ['hydrocortisone', 20],
    ['dexamethasone', 0.75],
  ])('%s %s mg/day = prednisone 5 mg/day', (code, dose) => {
    expect(toDailyDose(dose, 'mg/d', drug(code), fact('corticosteroids'))).toBe(5);
  });

  it('dexamethasone 1.5 mg/day is prednisone 10 mg/day, methylprednisolone 8 mg is 10 mg', () => {
    expect(toDailyDose(1.5, 'mg/d', drug('dexamethasone'), fact('corticosteroids'))).toBe(10);
    expect(toDailyDose(8, 'mg/d', drug('methylprednisolone'), fact('corticosteroids'))).toBe(10);
  });

  it('every corticosteroid in the catalog cites its equivalence source', () => {
    const steroids = [...catalog.drugs.values()].filter((d) => d.classes.includes('corticosteroid'));
    expect(steroids.length).toBeGreaterThanOrEqual(6);
    for (const s of steroids) expect(s.equivalentToPrednisone5mg?.source, s.code).toMatch(/\S/);
  });
});

describe('other doses keep their drug and become daily rates', () => {
  it('1 g twice a day is 2000 mg/day; 15 mg/week of methotrexate is 2.14 mg/day', () => {
    expect(toDailyDose(2, 'g/d', drug('mycophenolate'), fact('immunosuppressants'))).toBe(2000);
    expect(toDailyDose(15, 'mg/wk', drug('methotrexate'), fact('immunosuppressants'))).toBeCloseTo(2.142857, 5);
  });
});
