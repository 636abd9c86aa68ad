import { describe, expect, it } from 'vitest';
import type { FactValue, KnownFactValue, MedicationUse } from '../../src/domain/factValue';
import { Rule, type MedicationLeaf } from '../../src/domain/rule';
import { partialDateToInterval } from '../../src/dates/calendar';
import { compileRule } from '../../src/engine/compileRule';
import { emptyOpenFactList } from '../../src/engine/compiledNode';
import { patientView } from '../../src/engine/patientView';
import type { Detail } from '../../src/domain/detail';
import { readDetailAnswer } from '../../src/parsing/detailAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import { catalogWords } from '../../src/catalog/catalogWords';
import { detailQuestion } from '../../src/replies/texts/en/details';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/**
 * Every coded criterion that reads a detail of an answer — a medicine's start, stop, dose, route, last dose change
 * or highest dose over a period; a date or a value known only roughly — walked leaf by leaf: an answer lacking the
 * details leaves the leaf open, the engine names what it lacks, each has a question, and the replies to those
 * questions settle the leaf. Evaluated on 21 November 2026.
 */
const catalog = realCatalog();
const context = parseContext(catalog, EVALUATION_DAY, {});

/** The leaves of every rule of the catalog that read an answer's details, each with where it stands. */
function leaves(): { where: string; rule: Rule }[] {
  const found: { where: string; rule: Rule }[] = [];
  const visit = (rule: Rule, where: string): void => {
    if ('all' in rule) rule.all.forEach((r, i) => visit(r, `${where}.all[${i}]`));
    else if ('any' in rule) rule.any.forEach((r, i) => visit(r, `${where}.any[${i}]`));
    else if ('not' in rule) visit(rule.not, `${where}.not`);
    else if ('medication' in rule || 'elapsed' in rule || 'compare' in rule) found.push({ where, rule });
  };
  for (const trial of catalog.trials) for (const c of trial.record.criteria) if (c.rule) visit(c.rule, `${trial.record.id}/${c.id}`);
  return found;
}

/** A reply a clinician could give to each detail's question (all in the past of the evaluation day, in order); an exact value is the middle of the fact's plausible range. */
const REPLIES: Record<Detail['kind'], string> = {
  started: '10 January 2026',
  stopped: '1 October 2026',
  dose: '10 mg daily',
  doseSince: '1 September 2026',
  route: 'oral',
  highestDose: '30 mg',
  exactDate: '15 March 2025',
  exactValue: '55',
};

/** A medicine the leaf selects, taken in its fact's classes. */
function drugFor(leaf: MedicationLeaf): string {
  const fact = catalog.facts.get(leaf.medication)!;
  const drugs = [...catalog.drugs.values()].filter((d) => d.classes.some((c) => fact.type === 'medication' && fact.classes.includes(c)));
  const chosen = leaf.select.drugs?.[0] ?? drugs.find((d) => !leaf.select.classes || d.classes.some((c) => leaf.select.classes!.includes(c)))?.code;
  return chosen!;
}

/** Answers that lack details, for a leaf: a medicine taken now with its start as a month, one stopped on no date, one without its dose. */
function lacking(rule: Rule): { fact: string; value: KnownFactValue }[] {
  if ('medication' in rule) {
    const drug = drugFor(rule);
    const base = { drug, doseEntered: 'as given' };
    const uses: MedicationUse[] = [
      { ...base, current: true, dailyDose: { low: 5, high: 5 }, started: partialDateToInterval('2026-09') },
      { ...base, current: false, dailyDose: { low: 5, high: 5 } },
      { ...base, current: true, started: partialDateToInterval('2026-01-10') },
    ];
    return uses.map((use) => ({ fact: rule.medication, value: { kind: 'medication', uses: [use], entered: 'as given' } }));
  }
  if ('elapsed' in rule) return [{ fact: rule.fact, value: { kind: 'date', value: partialDateToInterval('2026'), entered: '2026' } }];
  if ('compare' in rule) {
    const threshold = 'between' in rule.compare ? rule.compare.between[0] : rule.compare.value;
    const fact = catalog.facts.get(rule.fact)!;
    const low = fact.type === 'number' ? Math.max(fact.plausible[0], threshold / 2) : 0;
    return [{ fact: rule.fact, value: { kind: 'number', value: { low }, entered: `> ${low}` } }];
  }
  return [];
}

/** The details the leaf names as open for this answer. */
function openDetails(node: ReturnType<typeof compileRule>, fact: string, value: FactValue): { truth: string; details: Detail[] } {
  const open = emptyOpenFactList();
  const truth = node.truth(patientView({ [fact]: value }, EVALUATION_DAY, catalog.facts), open);
  return { truth, details: open.details.filter((d) => d !== undefined) };
}

describe('each criterion reading a detail of an answer', () => {
  const all = leaves();

  it('is found in the catalog (medicines, dates and lab values)', () => {
    expect(all.filter((l) => 'medication' in l.rule).length).toBeGreaterThan(20);
    expect(all.some((l) => 'elapsed' in l.rule)).toBe(true);
    expect(all.some((l) => 'compare' in l.rule)).toBe(true);
  });

  it.each(all.map((l) => [l.where, l.rule] as const))('%s: names what keeps it open, asks it, and is settled by the replies', (where, rule) => {
    const node = compileRule(rule, catalog, where);
    let opened = false;
    for (const start of lacking(rule)) {
      let value: FactValue = start.value;
      const fact = catalog.facts.get(start.fact)!;
      for (let round = 0; round < 6; round++) {
        const { truth, details } = openDetails(node, start.fact, value);
        if (truth !== 'unknown') break;
        opened = true;
        // Nothing left to ask is only for a washout of a drug whose half-life the drugs file does not give.
        if (details.length === 0) {
          expect('medication' in rule && rule.test.stoppedForHalfLives !== undefined, `${where}: open with nothing to ask for ${JSON.stringify(value)}`).toBe(true);
          break;
        }
        for (const detail of details) {
          const asked = detailQuestion(catalogWords(catalog, 'en'), { fact: start.fact, detail }, fact, value);
          expect(asked.question, `${where}: a question for ${detail.kind}`).toMatch(/\?$|\.$/);
          const reply = detail.kind === 'exactValue' && fact.type === 'number' ? `${(fact.plausible[0] + fact.plausible[1]) / 2} ${fact.unitLabel}` : REPLIES[detail.kind];
          const outcome = readDetailAnswer(detail, value as KnownFactValue, reply, fact, context);
          expect(outcome.kind, `${where}: "${reply}" for ${detail.kind} of ${JSON.stringify(value)}: ${JSON.stringify(outcome)}`).toBe('value');
          if (outcome.kind === 'value') value = outcome.value;
        }
      }
      const { truth, details } = openDetails(node, start.fact, value);
      if (details.length > 0) expect.fail(`${where}: still open after the replies, asking ${JSON.stringify(details)} of ${JSON.stringify(value)}`);
      if (truth === 'unknown') expect('medication' in rule && rule.test.stoppedForHalfLives !== undefined, `${where}: open for ${JSON.stringify(value)}`).toBe(true);
    }
    // A leaf no answer lacking details leaves open reads no detail at all: any use of the medicine settles it
    // ("no corticosteroid at all"). Any other leaf was asked about above, so none passes unexamined.
    if (!opened) {
      const bare = 'medication' in rule && Object.values(rule.test).every((t) => t === undefined) && !rule.select.current && !rule.select.takenWithin && !rule.select.routes;
      expect(bare, `${where}: no answer lacking details left it open, yet it reads details`).toBe(true);
    }
  });
});
