import { describe, expect, it } from 'vitest';
import { parseIsoDay, partialDateToInterval } from '../../src/dates/calendar';
import { readFactAnswers } from '../../src/screening/answering';
import { catalog, factOf } from '../parsing/parse';

const TODAY = parseIsoDay('2026-10-14');
const read = (facts: string[], text: string) =>
  Object.fromEntries(readFactAnswers(facts.map(factOf), text, { vocabulary: catalog, today: TODAY, answers: {} }).map(({ fact, outcome }) => [fact.id, outcome]));
const value = (outcome: unknown) => (outcome as { kind: string; value?: { value?: unknown; values?: unknown } }).value;

describe('a card of several questions answered in one typed line', () => {
  it('reads each part that names one question as its answer ("SLE since 2018; SLEDAI-2K 4 (clinical only); no NP features")', () => {
    const outcomes = read(['sle_diagnosis_date', 'sledai2k_clinical', 'npsle'], 'SLE since 2018; SLEDAI-2K 4 (clinical only); no NP features');
    expect(value(outcomes.sle_diagnosis_date)).toMatchObject({ value: partialDateToInterval('2018') });
    expect(value(outcomes.sledai2k_clinical)).toMatchObject({ value: { low: 4, high: 4 } });
    expect(value(outcomes.npsle)).toMatchObject({ value: false });
  });

  it('reads parts naming no question in the card\'s order, when there are as many as questions ("no / no / never")', () => {
    const outcomes = read(['active_infection', 'splenectomy', 'last_thrombosis'], 'no / no / never');
    expect(value(outcomes.active_infection)).toMatchObject({ value: false });
    expect(value(outcomes.splenectomy)).toMatchObject({ value: false });
    expect(value(outcomes.last_thrombosis)).toMatchObject({ kind: 'date', value: undefined });
    expect(value(read(['sle_slicc_2012', 'sle_diagnosis_date', 'npsle'], 'yes / 2019-06 / no').sle_diagnosis_date)).toMatchObject({ value: partialDateToInterval('2019-06') });
    // Chinese parts as Chinese types them, full-width semicolons between.
    const chinese = read(['active_infection', 'splenectomy', 'last_thrombosis'], '无；无；从未');
    expect(value(chinese.active_infection)).toMatchObject({ value: false });
    expect(value(chinese.splenectomy)).toMatchObject({ value: false });
    expect(value(chinese.last_thrombosis)).toMatchObject({ kind: 'date', value: undefined });
  });

  it('takes no answer from a part that names another card\'s question ("no ILD")', () => {
    const outcomes = read(['active_infection', 'splenectomy', 'npsle'], 'no / no / no ILD');
    expect(outcomes.npsle).toBeUndefined();
    expect(value(outcomes.active_infection)).toMatchObject({ value: false });
    expect(value(outcomes.splenectomy)).toMatchObject({ value: false });
  });

  it('reads a panel typed with slashes between its names ("PLT 62 / Hb 104 / WBC 3.3")', () => {
    const outcomes = read(['platelets', 'hemoglobin', 'wbc'], 'PLT 62 / Hb 104 / WBC 3.3');
    expect(value(outcomes.hemoglobin)).toMatchObject({ value: { low: 104, high: 104 } });
    expect(value(outcomes.wbc)).toMatchObject({ value: { low: 3.3, high: 3.3 } });
  });
});
