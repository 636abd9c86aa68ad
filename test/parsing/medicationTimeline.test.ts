import { describe, expect, it } from 'vitest';
import type { MedicationUse } from '../../src/domain/factValue';
import { day, messageOf, parse, summaryOf, valueOf } from './parse';

/** Today is 15 June 2026 (see parse.ts). */
const uses = (fact: string, text: string): MedicationUse[] => {
  const value = valueOf(parse(fact, text));
  if (value.kind !== 'medication') throw new Error(`expected a medication answer, got ${value.kind}`);
  return value.uses;
};
const only = (fact: string, text: string): MedicationUse => {
  const [use, ...others] = uses(fact, text);
  if (!use || others.length > 0) throw new Error(`expected one medicine in "${text}"`);
  return use;
};
const dose = (n: number) => ({ low: n, high: n });

describe('a dose written without its unit', () => {
  it.each([
    ['antimalarials', 'HCQ 200 bd', 'hydroxychloroquine', 400],
    ['antimalarials', 'HCQ 0.2 bid', 'hydroxychloroquine', 400],
    ['immunosuppressants', 'cellcept 750 twice daily', 'mycophenolate', 1500],
    ['immunosuppressants', 'MMF 0.75 bid', 'mycophenolate', 1500],
    ['antithrombotics', 'clexane 40 sc od', 'heparin', 40],
    ['ace_inhibitors_arbs', 'losartan 50 bd', 'arb', 100],
  ])('is read in the unit the drug is dosed in, where only one fits, and says so: %s "%s"', (fact, text, drug, daily) => {
    const use = only(fact, text);
    expect(use).toMatchObject({ drug, dailyDose: dose(daily), assumed: ['unit'] });
    expect(summaryOf(parse(fact, text))).toMatch(/Read “[\d.]+” as [\d.]+ (?:mg|g), the unit .* is dosed in\./);
  });

  it('has no daily dose without a frequency, unless it is a glucocorticoid: "losartan 50"', () => {
    expect(only('ace_inhibitors_arbs', 'losartan 50')).toEqual({ drug: 'arb', current: true, doseEntered: '50', assumed: ['unit'] });
  });

  it('is no dose when a word other than a timeline’s follows it: "tacrolimus 6.2 ng/ml" is asked, quoting the number', () => {
    expect(messageOf(parse('immunosuppressants', 'tacrolimus 6.2 ng/ml'), 'invalid')).toContain('“6.2”');
    expect(only('antimalarials', 'HCQ 200 bd continues')).toMatchObject({ dailyDose: dose(400) });
  });

  it('is asked when no unit makes it a dose of the drug ("pred 0.5": neither 0.5 mg nor 500 mg of prednisone)', () => {
    expect(messageOf(parse('corticosteroids', 'pred 0.5'), 'invalid')).toContain('“0.5”');
  });

  it('is never read in a unit its name does not take (heparin is dosed in units, enoxaparin in mg)', () => {
    expect(parse('antithrombotics', 'heparin 40 sc od').kind).toBe('invalid');
  });

  it('takes the unit of the dose written beside it: "eltrombopag 50 → 75 mg since Oct"', () => {
    const use = only('thrombopoietic_agents', 'eltrombopag 50 → 75 mg since May');
    expect(use.earlierDoses).toEqual([{ doseEntered: '50' }]);
    expect(use).toMatchObject({ doseEntered: '75 mg', doseSince: day('2026-05'), assumed: ['unit'] });
  });
});

describe('an oral glucocorticoid written as a plain dose', () => {
  it.each([
    ['pred 15', 15, ['unit', 'frequency']],
    ['pred 15 mg', 15, ['frequency']],
    ['prednisolone 7.5, same dose for six weeks', 7.5, ['unit', 'frequency']],
  ])('is the day’s dose, marked as assumed: "%s"', (text, daily, assumed) => {
    expect(uses('corticosteroids', text)[0]).toMatchObject({ dailyDose: dose(daily), assumed });
    expect(summaryOf(parse('corticosteroids', text))).toContain('read as the day’s dose');
  });

  it('is not a day’s dose when given on a route that makes it local: "triamcinolone 40 mg intra-articular"', () => {
    expect(uses('corticosteroids', 'triamcinolone 40 mg intra-articular, last dose 2 weeks ago')[0]?.dailyDose).toBeUndefined();
  });
});

describe('a dose history', () => {
  it('reads "since March (reduced from 20 mg)" as the date of the change, with the earlier dose', () => {
    expect(only('corticosteroids', 'prednisone 10 mg since March (reduced from 20 mg)')).toMatchObject({
      dailyDose: dose(10),
      doseSince: day('2026-03'),
      earlierDoses: [{ dailyDose: dose(20), doseEntered: '20 mg' }],
    });
    expect(only('corticosteroids', 'prednisone 10 mg since March (reduced from 20 mg)').started).toBeUndefined();
  });

  it.each([
    ['prednisolone 7.5 mg (was 10)', 7.5, 10],
    ['pred 7.5 was 15', 7.5, 15],
    ['medrol 8 mg qd since May, before 16', 10, 20],
    ['pred 20 → 10 since Apr', 10, 20],
    ['pred 10 qd since May (was 15)', 10, 15],
    ['Pred 12.5 mg/d since 2026-05-20 (15 mg before)', 12.5, 15],
  ])('reads the current dose and the one before it: "%s"', (text, current, earlier) => {
    const use = only('corticosteroids', text);
    expect(use.dailyDose).toEqual(dose(current));
    expect(use.earlierDoses?.map((d) => d.dailyDose)).toEqual([dose(earlier)]);
    expect(use.started).toBeUndefined();
  });

  it('dates the change, not the start, from a date beside a change word: "increased to 15 mg on 2 June"', () => {
    expect(only('corticosteroids', 'prednisone increased to 15 mg on 2 June')).toMatchObject({ dailyDose: dose(15), doseSince: day('2026-06-02') });
    expect(only('corticosteroids', 'prednisone increased to 15 mg on 2 June').started).toBeUndefined();
  });

  it('reads each dose of a course with since when it was taken, the first one’s "since" being the start', () => {
    expect(only('ace_inhibitors_arbs', 'ramipril 5 mg od since January, up to 10 mg od 3 weeks ago')).toMatchObject({
      dailyDose: dose(10),
      started: day('2026-01'),
      doseSince: day('2026-05-25'),
      earlierDoses: [{ dailyDose: dose(5), since: day('2026-01') }],
    });
    expect(only('corticosteroids', 'Pred 20 (Jan) → 15 (Mar) → 10 (May) → 7.5 now').earlierDoses?.map((d) => d.since)).toEqual([
      day('2026-01'),
      day('2026-03'),
      day('2026-05'),
    ]);
  });

  it('keeps a taper’s target out of the dose: "pred 20 tapering to 10" has no dose now, "currently 12.5" has one', () => {
    expect(only('corticosteroids', 'prednisone 20 mg tapering to 10 mg')).toEqual({ drug: 'prednisone', current: true });
    expect(only('corticosteroids', 'Prednisone 20mg tapering to 10mg, currently 12.5')).toMatchObject({
      dailyDose: dose(12.5),
      earlierDoses: [{ dailyDose: dose(20) }],
    });
  });

  it('reads a plan’s dose as no dose taken: "pred 10 mg, plan: taper to 5 mg" is 10 mg', () => {
    expect(only('corticosteroids', 'pred 10 mg, plan: taper to 5 mg')).toMatchObject({ dailyDose: dose(10) });
    expect(only('corticosteroids', 'pred 10 mg, plan: taper to 5 mg').earlierDoses).toBeUndefined();
  });

  it('dates no dose from the start of a gradual change ("tapering from 30 mg since May")', () => {
    expect(only('corticosteroids', 'Prednisone 10 mg daily (tapering from 30 mg since May; on 10 mg since 1 June)')).toMatchObject({
      dailyDose: dose(10),
      doseSince: day('2026-06-01'),
      earlierDoses: [{ dailyDose: dose(30), doseEntered: '30 mg' }],
    });
  });

  it('reads a correction as the dose meant, never as an earlier dose: "MMF 500 bd — sorry, 750 bd"', () => {
    expect(only('immunosuppressants', 'MMF 500 bd — sorry, 750 bd')).toEqual({
      drug: 'mycophenolate',
      current: true,
      dailyDose: dose(1500),
      doseEntered: '750 bd',
      assumed: ['unit'],
    });
  });

  it('reads a per-kg dose restated in mg as the mg dose, with the per-kg dose’s words: "Commenced pred 0.75 mg/kg (50 mg) on 2/6"', () => {
    expect(only('corticosteroids', 'Pred 1 mg/kg (60)')).toMatchObject({ dailyDose: dose(60) });
    expect(only('corticosteroids', 'Commenced pred 0.75 mg/kg (50 mg) on 2 June')).toMatchObject({ dailyDose: dose(50), started: day('2026-06-02') });
  });

  it('reads a dose changed to after the one said to be taken now as the one taken now', () => {
    expect(only('corticosteroids', 'Currently prednisolone 30mg OD since 28/11/2025, reduced to 20mg OD 2 weeks ago')).toMatchObject({
      dailyDose: dose(20),
      started: day('2025-11-28'),
      doseSince: day('2026-06-01'),
      earlierDoses: [{ dailyDose: dose(30), since: day('2025-11-28') }],
    });
  });

  it('asks what is taken now when the words give only an earlier dose and no stop: "was on pred 20"', () => {
    expect(messageOf(parse('corticosteroids', 'was on pred 20'), 'ambiguous')).toContain('only an earlier dose');
    expect(only('corticosteroids', 'was on pred 20 until March')).toMatchObject({ current: false, dailyDose: dose(20), stopped: day('2026-03') });
  });

  it('reads a dose restated per kg as the dose in mg: "pred 40 (1 mg/kg)"', () => {
    expect(only('corticosteroids', 'pred 40 (1 mg/kg)')).toMatchObject({ dailyDose: dose(40) });
    expect(only('corticosteroids', 'pred 40 (1 mg/kg)').earlierDoses).toBeUndefined();
  });

  it('reads the only dose of a stopped medicine, said as it was, as its last dose: "self stopped prednisone in Feb (was 7.5mg)"', () => {
    expect(only('corticosteroids', 'He self stopped prednisone in Feb (was 7.5mg)')).toMatchObject({ current: false, dailyDose: dose(7.5), stopped: day('2026-02') });
    expect(only('corticosteroids', 'He self stopped prednisone in Feb (was 7.5mg)').earlierDoses).toBeUndefined();
  });

  it('reads a period beside an earlier dose as since when that dose was taken: "40 mg qd Jan 2026 – Mar 2026, then tapered; 15 mg qd since May"', () => {
    expect(only('corticosteroids', 'Prednisone 40 mg qd Jan 2026 – Mar 2026, then tapered; 15 mg qd since May')).toMatchObject({
      dailyDose: dose(15),
      started: day('2026-01'),
      doseSince: day('2026-05'),
      earlierDoses: [{ dailyDose: dose(40), since: day('2026-01') }],
    });
  });

  it('reads a switch to another medicine as the stop of the one before: "… from 28 May, changed to prednisone 30mg qd on 3 June"', () => {
    expect(uses('corticosteroids', 'methylprednisolone 40mg qd iv from 2026-05-28, changed to prednisone 30mg qd po on 2026-06-03')).toMatchObject([
      { drug: 'methylprednisolone', current: false, started: day('2026-05-28'), stopped: day('2026-06-03') },
      { drug: 'prednisone', current: true, started: day('2026-06-03'), route: 'oral' },
    ]);
  });

  it('asks which dose is taken when two stand side by side, or are taken by turns', () => {
    expect(messageOf(parse('corticosteroids', 'prednisone 10 mg 20 mg'), 'invalid')).toContain('more than one dose');
    expect(only('antithrombotics', 'warfarin 5 mg / 6 mg on alternate days')).toEqual({ drug: 'warfarin', current: true });
  });

  it('asks about a date beside an earlier dose that says no change: "15 mg now (was 30 in Feb)"', () => {
    expect(parse('corticosteroids', 'prednisone 15 mg/d now (was 30 in Feb)').kind).toBe('ambiguous');
  });

  it('tells the earlier doses on the confirmation card', () => {
    expect(summaryOf(parse('corticosteroids', 'pred 20 → 10 since Apr'))).toContain('Earlier doses of prednisone, oldest first: 20 mg/day prednisone-equivalent.');
  });
});

describe('a course or infusions', () => {
  it('reads a count of doses and the last one as the stop: "RTX 1 g x2, last Feb"', () => {
    expect(only('biologics', 'RTX 1 g x2, last Feb')).toEqual({ drug: 'rituximab', current: false, doseEntered: '1 g', stopped: day('2026-02') });
  });

  it('reads "CYC 500 mg IV q2w x6, last dose 14 May" as stopped, with no daily dose for a counted course of spaced infusions', () => {
    expect(only('immunosuppressants', 'CYC 500 mg IV q2w x6, last dose 14 May')).toMatchObject({ current: false, route: 'intravenous', stopped: day('2026-05-14') });
    expect(only('immunosuppressants', 'CYC 500 mg IV q2w x6, last dose 14 May').dailyDose).toBeUndefined();
  });

  it.each([
    ['immunoglobulin', 'IVIG 0.4 g/kg x5d in May', 'ivig', undefined],
    ['corticosteroids', 'IVMP 500 x3 in May', 'methylprednisolone', 625],
  ])('reads a course of days in a month as started and stopped then: "%s"', (fact, text, drug, daily) => {
    const use = only(fact, text);
    expect(use).toMatchObject({ drug, current: false, started: day('2026-05'), stopped: day('2026-05') });
    expect(use.dailyDose).toEqual(daily === undefined ? undefined : dose(daily));
  });

  it('reads a period as the start and the stop, when it is over: "Jan 2025 – Dec 2025", "(15–17 May)"', () => {
    expect(only('immunosuppressants', 'MMF 1 g bd Jan 2025 – Dec 2025 (stopped, in remission)')).toMatchObject({
      current: false,
      started: day('2025-01'),
      stopped: day('2025-12'),
    });
    expect(only('corticosteroids', 'IV methylprednisolone 1 g daily x3 (15–17 May)')).toMatchObject({ started: day('2026-05-15'), stopped: day('2026-05-17') });
    expect(messageOf(parse('corticosteroids', 'prednisone 10 mg daily May–June 2026'), 'ambiguous')).toContain('start and the stop');
  });

  it('reads "IVMP" as methylprednisolone given intravenously', () => {
    expect(only('corticosteroids', 'IVMP 500 x3 in May').route).toBe('intravenous');
  });

  it.each([
    ['corticosteroids', 'dexa 40mg x 4 days, completed 2 June', '2026-06-02'],
    ['thrombopoietic_agents', 'rhTPO 15000U qd x 14d, stopped 1 June', '2026-06-01'],
    ['immunoglobulin', '20 g daily for 5 days, finished 3 weeks ago', '2026-05-25'],
  ])('reads a course length and its end: "%s"', (fact, text, stopped) => {
    expect(only(fact, text)).toMatchObject({ current: false, stopped: day(stopped) });
  });

  it('reads a dose in units as no daily dose in mg: "rhTPO 15000U qd x 14d, stopped 1 June"', () => {
    expect(only('thrombopoietic_agents', 'rhTPO 15000U qd x 14d, stopped 1 June').dailyDose).toBeUndefined();
  });

  it('asks when a course was given when the words give no date: "rituximab 1 g x2"', () => {
    expect(messageOf(parse('biologics', 'rituximab 1 g x2'), 'ambiguous')).toContain('When was rituximab given?');
  });

  it('ends a course of days counted from its first day: "Rx from 3 June: IVMP 500 mg ×3"', () => {
    expect(only('corticosteroids', 'Rx from 3 June: IVMP 500 mg ×3')).toMatchObject({ current: false, started: day('2026-06-03'), stopped: day('2026-06-05') });
  });

  it('reads two years joined by a dash as a period: "Methotrexate 20 mg weekly 2019–2024" is before the last 12 months', () => {
    expect(messageOf(parse('immunosuppressants', 'Methotrexate 20 mg weekly 2019–2024 (stopped: transaminitis)'), 'ambiguous')).toContain('Stopped before the last 12 months');
  });

  it('reads "6 times" as a count of doses: "CTX 0.4 g every 2 weeks 6 times, last dose 10 Dec 2025"', () => {
    const use = only('immunosuppressants', 'CTX 0.4 g every 2 weeks 6 times, last dose 10 Dec 2025');
    expect(use).toMatchObject({ drug: 'cyclophosphamide', current: false, stopped: day('2025-12-10') });
    expect(use.dailyDose).toBeUndefined();
  });

  it('asks when a drug given in courses was given, when it is named alone: "IVIG"', () => {
    expect(messageOf(parse('immunoglobulin', 'IVIG'), 'ambiguous')).toContain('When was intravenous immunoglobulin given?');
  });

  it('asks whether a regimen goes on when only its latest dose is dated: "belimumab monthly, last infusion 28 May"', () => {
    expect(messageOf(parse('biologics', 'belimumab 10 mg/kg monthly since April, last infusion 28 May'), 'ambiguous')).toContain('still given');
  });
});

describe('words beside a medicine that are no dose', () => {
  it.each(['warfarin, INR 2-3', 'warfarin, target INR 2.5–3.5', 'warfarin (INR target 3–4)'])('reads an INR target as no dose: "%s"', (text) => {
    expect(only('antithrombotics', text)).toEqual({ drug: 'warfarin', current: true });
  });

  it('reads a blood pressure beside an antihypertensive as no dose: "valsartan 80 mg qd, BP 150/95 today"', () => {
    expect(only('ace_inhibitors_arbs', 'valsartan 80 mg qd, BP 150/95 today')).toMatchObject({ drug: 'arb', dailyDose: dose(80) });
  });

  it('leaves out a medicine no question covers instead of refusing the answer: "MTX 15 weekly + folic acid"', () => {
    expect(only('immunosuppressants', 'MTX 15 weekly + folic acid')).toMatchObject({ drug: 'methotrexate', dailyDose: dose(2.14285714286) });
    expect(summaryOf(parse('immunosuppressants', 'MTX 15 weekly + folic acid'))).toContain('Not asked here, so not recorded: “folic acid”.');
  });

  it.each([
    ['hetrombopag 7.5mg qd since 3/52', 'started', '2026-05-25'],
    ['hetrombopag 7.5mg qd started 3/52 ago', 'started', '2026-05-25'],
  ])('reads weeks written as "N/52": "%s"', (text, role, date) => {
    expect(only('thrombopoietic_agents', text)).toMatchObject({ [role]: day(date) });
  });
});

describe('a medicine that is not taken', () => {
  it.each([
    ['immunosuppressants', 'plan to start MMF next week'],
    ['immunosuppressants', 'MMF to start after review'],
    ['immunosuppressants', 'Allergies: azathioprine'],
    ['immunosuppressants', 'intolerant of azathioprine'],
    ['biologics', 'belimumab — insurer refused'],
    ['biologics', 'rituximab declined'],
    ['biologics', 'telitacicept not yet started'],
  ])('is never recorded as use: %s "%s" is asked', (fact, text) => {
    expect(messageOf(parse(fact, text), 'ambiguous')).toContain('so not recorded');
  });

  it('leaves "none" standing beside a plan: "none — plan to start MMF next week" is none', () => {
    expect(valueOf(parse('immunosuppressants', 'none — plan to start MMF next week'))).toMatchObject({ kind: 'medication', uses: [] });
  });

  it('records what is taken beside what is only planned', () => {
    expect(uses('immunosuppressants', 'MTX 15 mg weekly; plan to start MMF next week').map((u) => u.drug)).toEqual(['methotrexate']);
  });

  it('leaves out a medicine stopped before the question’s period, and asks when the stop may be inside it', () => {
    // The 12 months held to the day (today 15 June 2026): stopped 14 June 2025 is before them, 15 June 2025 within, June 2025 straddles.
    expect(parse('immunosuppressants', 'MTX stopped 14 June 2025')).toMatchObject({ kind: 'ambiguous', problem: { code: 'nothing-in-period' } });
    expect(valueOf(parse('immunosuppressants', 'MTX stopped 15 June 2025'))).toMatchObject({ uses: [{ drug: 'methotrexate', current: false, stopped: day('2025-06-15') }] });
    expect(parse('immunosuppressants', 'MTX stopped June 2025')).toMatchObject({ kind: 'ambiguous', problem: { code: 'stopped-about-lookback' } });
    expect(messageOf(parse('immunosuppressants', 'MTX stopped 2023'), 'ambiguous')).toContain('Stopped before the last 12 months');
    expect(valueOf(parse('immunoglobulin', 'IVIG in 2023 only'))).toMatchObject({ uses: [] });
    expect(messageOf(parse('antimalarials', 'HCQ stopped last year because of rash'), 'ambiguous')).toContain('Was hydroxychloroquine stopped before');
  });

  it('asks about "not on steroids", which says what is taken now, not over the last 12 months', () => {
    expect(messageOf(parse('corticosteroids', 'not on steroids'), 'ambiguous')).toContain('says what is taken now');
  });

  it.each(['I think she had a short course of pred in the spring but not sure', "telitacicept? I'd have to check", "none that I'm aware of"])(
    'records doubt as unknown, never as use or none: "%s"',
    (text) => {
      expect(parse(/telitacicept/.test(text) ? 'biologics' : 'corticosteroids', text).kind).toBe('unknown');
    },
  );
});

describe('a switch, a month said roughly, a last course', () => {
  it('"tacrolimus since March 2026 (switched from MMF)": tacrolimus is taken, MMF was stopped, never the other way round', () => {
    const [tacrolimus, mmf] = uses('immunosuppressants', 'tacrolimus 1 mg bd since March 2026 (switched from MMF)');
    expect(tacrolimus).toMatchObject({ drug: 'tacrolimus', current: true, started: day('2026-03') });
    expect(mmf).toMatchObject({ drug: 'mycophenolate', current: false });
  });

  it('"since Aug after taper" dates the dose, not the start', () => {
    const use = only('corticosteroids', 'pred 7.5 mg od since Aug 2025 after taper');
    expect(use).toMatchObject({ doseSince: day('2025-08') });
    expect(use.started).toBeUndefined();
  });

  it('"since mid-Oct" is since October; "last course Aug" stops in August', () => {
    expect(only('corticosteroids', 'medrol 16 → 8 mg since mid-Oct').doseSince).toEqual(day('2025-10'));
    expect(only('immunoglobulin', 'IVIG 25 g/d x5 days, last course Aug').stopped).toEqual(day('2025-08'));
  });
});
