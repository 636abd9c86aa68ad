import { describe, expect, it } from 'vitest';
import { readSummary } from '../../src/summary/readSummary';
import { realCatalog } from '../support/catalog';
import { chineseSummariesDir, expectedAnswers, labelledSet } from './labelledSet';

// Correctness over the whole labelled set; how well it reads is measured by `npm run bench:reading`, not here.
describe('the labelled summaries', () => {
  const cases = labelledSet();

  it('are at least 40, with identifiers in some, and every label converts to recorded values', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.summary.identifiers.length > 0).length).toBeGreaterThanOrEqual(5);
    for (const labelled of cases) expect(Object.keys(expectedAnswers(labelled, realCatalog())).length).toBeGreaterThan(0);
  });

  it('cover every condition in the catalog as a main diagnosis', () => {
    const labelled = new Set(cases.map((c) => c.summary.facts.primary_diagnosis));
    expect(realCatalog().conditions.map((c) => c.code).filter((code) => !labelled.has(code))).toEqual([]);
  });

  it.each(cases.filter((c) => c.summary.identifiers.length > 0).map((c) => [c.name, c] as const))('%s: no identifier text comes back in the reading', (_, labelled) => {
    const json = JSON.stringify(readSummary(labelled.summary.text, { vocabulary: realCatalog(), today: labelled.today }));
    for (const { text } of labelled.summary.identifiers) expect(json).not.toContain(text);
  });
});

describe('the labelled Chinese summaries', () => {
  const cases = labelledSet(chineseSummariesDir);

  it('are at least 25, with identifiers under Chinese labels in some, and every label converts to recorded values', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.summary.identifiers.length > 0).length).toBeGreaterThanOrEqual(5);
    for (const labelled of cases) expect(Object.keys(expectedAnswers(labelled, realCatalog())).length).toBeGreaterThan(0);
  });

  it.each(cases.filter((c) => c.summary.identifiers.length > 0).map((c) => [c.name, c] as const))('%s: no identifier text comes back in the reading', (_, labelled) => {
    const json = JSON.stringify(readSummary(labelled.summary.text, { vocabulary: realCatalog(), today: labelled.today }));
    for (const { text } of labelled.summary.identifiers) expect(json).not.toContain(text);
  });
});
