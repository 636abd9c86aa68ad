import { describe, expect, it } from 'vitest';
import { MedicationFact } from '../../src/domain/factDefinition';
import type { MedicationUse } from '../../src/domain/factValue';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { catalog, day, messageOf, parse, summaryOf, TODAY, valueOf, said } from './parse';

/** Today is 15 June 2026 (see parse.ts). */
const uses = (fact: string, text: string): MedicationUse[] => {
  const value = valueOf(parse(fact, text));
  if (value.kind !== 'medication') throw new Error(`expected a medication answer, got ${value.kind}`);
  return value.uses;
};
const dose = (n: number) => ({ low: n, high: n });

describe('medication answers', () => {
  it.each(['none', 'no', 'nil', 'None.'])('"%s" is no use in the lookback', (text) => {
    expect(valueOf(parse('corticosteroids', text))).toEqual({ kind: 'medication', uses: [], entered: text });
    expect(summaryOf(parse('corticosteroids', text))).toBe('Corticosteroids: none in the last 12 months');
  });

  it('reads drug, daily dose and start', () => {
    expect(uses('corticosteroids', 'prednisone 10 mg daily since March 2026')).toEqual([
      { drug: 'prednisone', current: true, dailyDose: dose(10), doseEntered: '10 mg daily', started: day('2026-03') },
    ]);
  });

  it('reads a drug named with the longest name in the vocabulary, five words, and nothing left over', () => {
    const outcome = parse('herbal_medicines', 'other traditional Chinese herbal medicine, stopped 2 months ago');
    expect(uses('herbal_medicines', 'other traditional Chinese herbal medicine, stopped 2 months ago').map((u) => u.drug)).toEqual(['chinese_herbal_medicine']);
    expect(summaryOf(outcome)).not.toMatch(/not recorded/);
  });

  it('converts corticosteroids to prednisone-equivalents', () => {
    expect(uses('corticosteroids', 'methylpred 8 mg daily')).toEqual([
      { drug: 'methylprednisolone', current: true, dailyDose: dose(10), doseEntered: '8 mg daily' },
    ]);
    expect(uses('corticosteroids', 'dexamethasone 1.5 mg/day')[0]).toMatchObject({ drug: 'dexamethasone', dailyDose: dose(10), doseEntered: '1.5 mg/day' });
    expect(summaryOf(parse('corticosteroids', 'methylpred 8 mg daily'))).toContain('methylprednisolone 8 mg daily (= 10 mg/day prednisone-equivalent)');
  });

  it('converts doses as given with UCUM', () => {
    expect(uses('immunosuppressants', 'MMF 1 g twice daily since January 2026')).toEqual([
      { drug: 'mycophenolate', current: true, dailyDose: dose(2000), doseEntered: '1 g twice daily', started: day('2026-01') },
    ]);
    expect(uses('immunosuppressants', 'MTX 15 mg weekly')[0]).toMatchObject({ drug: 'methotrexate', dailyDose: dose(2.14285714286), doseEntered: '15 mg weekly' });
    expect(uses('antimalarials', 'HCQ 200 mg bid since 2024')).toEqual([
      { drug: 'hydroxychloroquine', current: true, dailyDose: dose(400), doseEntered: '200 mg bid', started: day('2024') },
    ]);
  });

  it('reads route and stop', () => {
    expect(uses('immunosuppressants', 'IV cyclophosphamide, stopped March 2026')).toEqual([
      { drug: 'cyclophosphamide', current: false, route: 'intravenous', stopped: day('2026-03') },
    ]);
    expect(uses('biologics', 'rituximab, last dose May 2026')).toEqual([{ drug: 'rituximab', current: false, stopped: day('2026-05') }]);
    expect(uses('corticosteroids', 'stopped methylpred 8 mg 6 weeks ago')).toEqual([
      { drug: 'methylprednisolone', current: false, dailyDose: dose(10), doseEntered: '8 mg', stopped: day('2026-05-04'), assumed: ['frequency'] },
    ]);
    expect(uses('thrombopoietic_agents', 'eltrombopag, stopped 2 months ago')[0]).toMatchObject({ current: false, stopped: day('2026-04-15') });
    expect(uses('immunoglobulin', 'IVIG, last course 2 months ago')[0]).toMatchObject({ drug: 'ivig', current: false });
  });

  it('reads since when the dose is unchanged', () => {
    expect(uses('corticosteroids', 'prednisone 5 mg daily, stable for 3 months')).toEqual([
      { drug: 'prednisone', current: true, dailyDose: dose(5), doseEntered: '5 mg daily', doseSince: day('2026-03-15') },
    ]);
    expect(uses('antithrombotics', 'warfarin, dose changed 3 days ago')[0]).toMatchObject({ drug: 'warfarin', doseSince: day('2026-06-12') });
    expect(uses('corticosteroids', 'prednisone 10 mg daily since 2025, stable since March')[0]).toMatchObject({
      started: day('2025'),
      doseSince: day('2026-03'),
    });
  });

  it('dates an event by the last role word before the date, so a taper then a stop is a stop', () => {
    expect(uses('corticosteroids', 'pred 40mg od tapered, stopped 5 months ago')).toEqual([
      { drug: 'prednisone', current: false, dailyDose: dose(40), doseEntered: '40mg od', stopped: day('2026-01-15') },
    ]);
    expect(uses('corticosteroids', 'pred 10mg od started 2 months ago, dose increased from 5 3 weeks ago')[0]).toMatchObject({
      started: day('2026-04-15'),
      doseSince: day('2026-05-25'),
    });
    expect(uses('corticosteroids', 'prednisone 5 mg daily, dose unchanged since March')[0]).toMatchObject({ doseSince: day('2026-03') });
  });

  it('reads "for" a time as the start of a medicine still taken', () => {
    expect(uses('analgesics', 'ibuprofen 400 mg three times daily for 1 month')[0]).toMatchObject({ drug: 'nsaid', dailyDose: dose(1200), started: day('2026-05-15') });
    expect(uses('corticosteroids', 'prednisone 10 mg daily for the past 3 months')[0]).toMatchObject({ current: true, started: day('2026-03-15') });
  });

  it('reads several medicines', () => {
    expect(uses('corticosteroids', 'prednisone 10 mg daily and methylpred 4 mg od since 2025')).toEqual([
      { drug: 'prednisone', current: true, dailyDose: dose(10), doseEntered: '10 mg daily' },
      { drug: 'methylprednisolone', current: true, dailyDose: dose(5), doseEntered: '4 mg od', started: day('2025') },
    ]);
    expect(uses('immunosuppressants', 'MMF 1g bd; MTX 20 mg qw').map((u) => u.drug)).toEqual(['mycophenolate', 'methotrexate']);
    expect(uses('immunosuppressants', 'azathioprine 50 mg daily plus tacrolimus 2 mg bid').map((u) => u.drug)).toEqual(['azathioprine', 'tacrolimus']);
    expect(uses('immunosuppressants', 'MMF 1 g bid, MTX 15 mg weekly').map((u) => u.drug)).toEqual(['mycophenolate', 'methotrexate']);
  });

  it('reads medicines of several classes when the question covers them', () => {
    const fact = MedicationFact.parse({
      id: 'steroids_and_immunosuppressants',
      type: 'medication',
      label: 'Steroids and immunosuppressants',
      question: 'Which?',
      hint: 'e.g. none',
      classes: ['corticosteroid', 'immunosuppressant'],
      doseUnit: 'mg/d',
      doseUnitLabel: 'mg/day',
      lookback: 'P12M',
    });
    const outcome = parseAnswer('prednisone 10 mg daily and MMF 1 g bid', fact, { vocabulary: catalog, today: TODAY });
    expect(valueOf(outcome)).toMatchObject({
      uses: [
        { drug: 'prednisone', dailyDose: dose(10) },
        { drug: 'mycophenolate', dailyDose: dose(2000) },
      ],
    });
  });

  it.each([
    ['daily', 10],
    ['qd', 10],
    ['od', 10],
    ['once daily', 10],
    ['per day', 10],
    ['/day', 10],
    ['bid', 20],
    ['twice daily', 20],
    ['q12h', 20],
    ['tid', 30],
    ['three times daily', 30],
    ['qid', 40],
    ['weekly', 1.42857142857],
    ['per week', 1.42857142857],
    ['/week', 1.42857142857],
    ['qw', 1.42857142857],
    ['every other day', 5],
  ])('prednisone 10 mg %s is %d mg/day', (frequency, daily) => {
    expect(uses('corticosteroids', `prednisone 10 mg ${frequency}`)[0]?.dailyDose).toEqual(dose(daily));
  });

  it.each([
    ['MMF 1000 mg daily', 1000],
    ['MMF 1 g daily', 1000],
    ['MMF 1g daily', 1000],
    ['MMF 500000 mcg daily', 500],
    ['MMF 500000 µg daily', 500],
  ])('"%s" is %d mg/day', (text, daily) => {
    expect(uses('immunosuppressants', text)[0]?.dailyDose).toEqual(dose(daily));
  });

  it('matches misspelt drug names and says so', () => {
    expect(uses('corticosteroids', 'methylprednisolon 4 mg daily')[0]).toMatchObject({ drug: 'methylprednisolone', dailyDose: dose(5) });
    expect(uses('immunosuppressants', 'mycophenolat 500 mg bid')[0]).toMatchObject({ drug: 'mycophenolate', dailyDose: dose(1000) });
    expect(summaryOf(parse('corticosteroids', 'methylprednisolon 4 mg daily'))).toContain('Read “methylprednisolon” as methylprednisolone.');
  });

  it('leaves what was not given absent and says so', () => {
    expect(uses('corticosteroids', 'prednisone')).toEqual([{ drug: 'prednisone', current: true }]);
    expect(summaryOf(parse('corticosteroids', 'prednisone'))).toContain('Not given for prednisone: the dose and when it was started');
    expect(uses('immunosuppressants', 'MMF 500 mg')).toEqual([{ drug: 'mycophenolate', current: true, doseEntered: '500 mg' }]);
    expect(summaryOf(parse('immunosuppressants', 'MMF 500 mg'))).toContain('how often 500 mg is taken (so the daily dose is unknown)');
    expect(summaryOf(parse('biologics', 'rituximab, stopped'))).toContain('when it was stopped');
  });

  it('gives the words before a later medicine, after a comma, to that medicine', () => {
    expect(uses('immunosuppressants', 'tacrolimus 2 mg bid, previously MMF')).toEqual([
      { drug: 'tacrolimus', current: true, dailyDose: dose(4), doseEntered: '2 mg bid' },
      { drug: 'mycophenolate', current: false },
    ]);
  });

  it('does not turn a dose per kg into a daily dose', () => {
    expect(uses('biologics', 'belimumab 10 mg/kg monthly')).toEqual([{ drug: 'belimumab', current: true, doseEntered: '10 mg/kg monthly' }]);
    expect(summaryOf(parse('biologics', 'belimumab 10 mg/kg monthly'))).toContain('is per kg of body weight');
  });

  it('reports words it did not understand', () => {
    expect(summaryOf(parse('corticosteroids', 'pred 20mg od, per rheumatology'))).toContain('Not understood, so not recorded: “rheumatology”.');
  });
});

describe('medication answers that are re-asked', () => {
  it('refuses a drug of another class', () => {
    expect(said(parse('corticosteroids', 'MMF 1 g bid'))).toEqual({
      kind: 'invalid',
      message:
        '“MMF” (mycophenolate (MMF/MPA)) is not a corticosteroid. This question covers Corticosteroids (e.g. prednisone, prednisolone, methylprednisolone or triamcinolone); or answer “none”.',
    });
    expect(messageOf(parse('corticosteroids', 'prednisone 10 mg daily and MMF 1 g bid'), 'invalid')).toContain('is not a corticosteroid');
  });

  it('refuses an unknown drug with examples', () => {
    const message = messageOf(parse('corticosteroids', 'foobarzumab 5 mg'), 'invalid');
    expect(message).toContain('I did not recognise a medicine in “foobarzumab 5 mg”');
    expect(message).toContain('e.g. prednisone');
    expect(messageOf(parse('corticosteroids', 'prednisone 10 mg daily and foobarzumab'), 'invalid')).toContain('“foobarzumab”');
  });

  it('refuses an answer with separators only', () => {
    expect(messageOf(parse('corticosteroids', 'and'), 'invalid')).toContain('Please name the medicines');
  });

  it('asks what an unlabelled date means', () => {
    expect(said(parse('corticosteroids', 'prednisone May 2026'))).toEqual({
      kind: 'ambiguous',
      message: 'Does “May 2026” say when prednisone was started, or when it was stopped? Please add “since” or “stopped”.',
    });
  });

  it('asks for start and stop separately rather than as one period that reaches today', () => {
    expect(messageOf(parse('corticosteroids', 'prednisone 10mg/d from May 2026 to June 2026'), 'ambiguous')).toContain('since January 2026, stopped March 2026');
  });

  it('asks for the dates of a finished course given as a length', () => {
    expect(parse('immunosuppressants', 'MTX for 2 years, stopped 2025').kind).toBe('ambiguous');
  });

  it('refuses a number without a unit that fits no usual dose of the drug, two doses side by side, and impossible dates', () => {
    expect(messageOf(parse('immunosuppressants', 'MMF 10'), 'invalid')).toContain('“10”');
    expect(messageOf(parse('corticosteroids', 'prednisone 10 mg 20 mg'), 'invalid')).toContain('more than one dose');
    expect(messageOf(parse('corticosteroids', 'prednisone since 2027'), 'invalid')).toContain('in the future');
    expect(messageOf(parse('corticosteroids', 'prednisone since May 2026, stopped March 2026'), 'invalid')).toContain('before it was started');
    expect(parse('corticosteroids', 'prednisone since 03/04/2026').kind).toBe('ambiguous');
  });
});

describe('medication answers that mean none', () => {
  it.each(['no steroids', 'None taken', 'no immunosuppressants', 'not on steroids in the last year'])('"%s" is none', (text) => {
    const value = valueOf(parse('corticosteroids', text));
    expect(value).toMatchObject({ kind: 'medication', uses: [] });
  });

  it('a negation that names a medicine is not none', () => {
    const outcome = parse('corticosteroids', 'no change, prednisone 10 mg daily');
    expect(outcome.kind === 'value' && outcome.value.kind === 'medication' ? outcome.value.uses.length : -1).toBe(1);
  });

  it.each([
    ['Septrin 480 mg daily', true],
    ['co-trimoxazole prophylaxis 960 mg three times a week', true],
    ['amox 500 mg tds, stopped 10 days ago', false],
    ['cipro 500 mg bd, stopped 3 weeks ago', false],
  ])('names antibiotics as clinicians write them, brands and short forms included: "%s"', (text, current) => {
    expect(uses('antibiotics', text)).toEqual([expect.objectContaining({ drug: 'antibiotic', current })]);
  });

  it('reads a shortened month after since or stopped: "MMF 1 g bd since Feb" and "tacrolimus stopped Aug"', () => {
    expect(uses('immunosuppressants', 'MMF 1 g bd since Feb')[0]).toMatchObject({ drug: 'mycophenolate', current: true, started: day('2026-02') });
    expect(uses('immunosuppressants', 'tacrolimus, stopped Aug')[0]).toMatchObject({ drug: 'tacrolimus', current: false, stopped: day('2025-08') });
    expect(uses('corticosteroids', 'prednisone 5 mg daily since May 2026')[0]).toMatchObject({ current: true, started: day('2026-05') });
  });

  it.each(['prednisone 10 mg daily, may stop soon', 'prednisone 10 mg daily, will taper next month', 'prednisone 20 mg daily planned'])(
    'asks when the words say what is planned, possible or refused rather than what is taken: "%s"',
    (text) => {
      const outcome = parse(/rituximab/.test(text) ? 'biologics' : 'corticosteroids', text);
      expect(messageOf(outcome, 'ambiguous')).toMatch(/planned, possible or refused/);
    },
  );
});
