import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import { askedAbout, read, untouched, valueOf } from './read';

/** The summaries are read on 21 November 2026. */
const period = (text: string) => partialDateToInterval(text);

describe('dates in a pasted summary', () => {
  it('takes the latest of several dates of a recurring event, in one mention or several: "DVT x2 (2016, Jan 2026)", "DVT 04/2025, PE 3 weeks ago"', () => {
    expect(valueOf(read('SLE with secondary APS; DVT x2 (2016, Jan 2026).'), 'last_thrombosis')).toMatchObject({ value: period('2026-01') });
    expect(valueOf(read('DVT 04/2025, PE 3 weeks ago.'), 'last_thrombosis')).toMatchObject({ value: period('2026-10-31') });
    expect(valueOf(read('Left femoral DVT Aug 2019 (unprovoked); PE Feb 2025.'), 'last_thrombosis')).toMatchObject({ value: period('2025-02') });
  });

  it('asks two dates of an event that happens once, and dates that overlap', () => {
    expect(askedAbout(read('SLE diagnosed 2012 and diagnosed 2016.'), 'diagnosis_date').message).toContain('says different things');
    expect(askedAbout(read('DVT 2025, PE March 2025.'), 'last_thrombosis').message).toContain('says different things');
  });

  it('reads dates that lie within each other as the most precise: "diagnosed MCTD since 4 years (2022)"', () => {
    expect(valueOf(read('Patient is diagnosed MCTD since 4 years (2022), anti-U1RNP positive.'), 'diagnosis_date')).toMatchObject({ value: period('2022') });
    expect(valueOf(read('Thrombocytopenia since 2 years ago (first found 2024-11).'), 'thrombocytopenia_since')).toMatchObject({ value: period('2024-11') });
  });

  it('reads years ago as a year, not a day: "RA for 12 years"', () => {
    expect(valueOf(read('RA for 12 years, seropositive.'), 'diagnosis_date')).toMatchObject({ value: period('2014') });
  });

  it('reads the dates notes write: "dx Jun-23", "DVT 3/52 ago", "hip replacement 2 Nov last year"', () => {
    expect(valueOf(read('IgG4-RD, dx Jun-23.'), 'diagnosis_date')).toMatchObject({ value: period('2023-06') });
    expect(valueOf(read('38F, triple +ve APS, DVT 3/52 ago, plt 88.'), 'last_thrombosis')).toMatchObject({ value: period('2026-10-31') });
    expect(valueOf(read('Hip replacement 2 Nov last year.'), 'last_major_surgery')).toMatchObject({ value: period('2025-11-02') });
  });

  it('reads "no other operations" as denying only the others, so a dated one stands and alone it is asked', () => {
    expect(valueOf(read('Hysterectomy 2017. No other operations.'), 'last_major_surgery')).toMatchObject({ value: period('2017') });
    expect(askedAbout(read('No other operations.'), 'last_major_surgery').message).toContain('covers only part');
    expect(askedAbout(read('No other cancer.'), 'malignancy_history').message).toContain('covers only part');
    expect(valueOf(read('MALT lymphoma 2017, in remission. No other cancer.'), 'malignancy_history')).toMatchObject({ value: 'over_5_years' });
  });

  it('takes the date of another condition ("PE diagnosed last month") for it, never for the main diagnosis', () => {
    const reading = read('SLE since 2015. PE diagnosed last month, on warfarin.');
    expect(valueOf(reading, 'diagnosis_date')).toMatchObject({ value: period('2015') });
    expect(valueOf(reading, 'last_thrombosis')).toMatchObject({ value: period('2026-10') });
    expect(untouched(read('ILD diagnosed 2021.'), 'diagnosis_date')).toBe(true);
    expect(valueOf(read('SLE diagnosed 2019.'), 'diagnosis_date')).toMatchObject({ value: period('2019') });
  });

  it('takes no date of a catastrophic APS for the main diagnosis', () => {
    const reading = read('Diagnoses: 1. Catastrophic antiphospholipid syndrome (2026-06), secondary to SLE. 2. Systemic lupus erythematosus (2017).');
    expect(valueOf(reading, 'diagnosis_date')).toMatchObject({ value: period('2017') });
    expect(valueOf(reading, 'life_threatening_aps')).toMatchObject({ value: true });
  });

  it('dates the main diagnosis only by the words of the diagnosis it settles to', () => {
    const reading = read('SLE (2010) with secondary APS.');
    expect(valueOf(reading, 'primary_diagnosis')).toMatchObject({ value: 'sle' });
    expect(valueOf(reading, 'other_ctds')).toMatchObject({ values: ['aps'] });
    expect(valueOf(reading, 'diagnosis_date')).toMatchObject({ value: period('2010') });
    const asked = read('Diagnoses: 1. APS (2026-06). 2. Systemic lupus erythematosus (2017).');
    expect(askedAbout(asked, 'primary_diagnosis')).toBeDefined();
    expect(asked.facts.some((f) => f.fact === 'diagnosis_date')).toBe(false);
  });
});

describe('a malignancy dated in a pasted summary', () => {
  it('is over or within 5 years of the evaluation day by its dates, once said to be over, whatever a medicine beside it lasted', () => {
    expect(valueOf(read('PMH: breast ca 2015 (L WLE + RT, tamoxifen 5 yrs), in remission.'), 'malignancy_history')).toMatchObject({ value: 'over_5_years' });
    expect(valueOf(read('PMH: BCC nose excised 2023, no recurrence.'), 'malignancy_history')).toMatchObject({ value: 'within_5_years' });
    expect(askedAbout(read('Bladder cancer 2010.'), 'malignancy_history').message).toContain('not whether it is over');
  });
});
