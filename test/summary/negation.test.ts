import { describe, expect, it } from 'vitest';
import { askedAbout, read, readFact, untouched, valueOf } from './read';

describe('negation and its scope', () => {
  it('ends a negation at the comma: "No malignancy, ILD on HRCT" denies the malignancy only', () => {
    const reading = read('No malignancy, ILD on HRCT.');
    expect(valueOf(reading, 'malignancy_history')).toMatchObject({ value: 'none' });
    expect(valueOf(reading, 'interstitial_lung_disease')).toMatchObject({ value: true });
  });

  it('carries a negation over a list of names: "denies any history of thrombosis, ILD or malignancy"', () => {
    const reading = read('She denies any history of thrombosis, ILD or malignancy.');
    expect(valueOf(reading, 'last_thrombosis')).toMatchObject({ kind: 'date', value: undefined });
    expect(valueOf(reading, 'interstitial_lung_disease')).toMatchObject({ value: false });
    expect(valueOf(reading, 'malignancy_history')).toMatchObject({ value: 'none' });
  });

  it('does not carry it over a stretch that says something of its own: "No ILD, splenectomy 1985"', () => {
    const reading = read('No ILD, splenectomy 1985.');
    expect(valueOf(reading, 'interstitial_lung_disease')).toMatchObject({ value: false });
    expect(valueOf(reading, 'splenectomy')).toMatchObject({ value: true });
  });

  it('reads what is said after the name: "NPSLE neg", "ILD: none", and a kind stated present settles the fact ("HBsAg positive")', () => {
    expect(valueOf(read('NPSLE neg.'), 'npsle')).toMatchObject({ value: false });
    expect(valueOf(read('ILD: none.'), 'interstitial_lung_disease')).toMatchObject({ value: false });
    expect(valueOf(read('HBsAg positive.'), 'active_infection')).toMatchObject({ value: true });
  });

  it('reads a fact excluded or ruled out as absent, and one not yet excluded as doubt: "ILD excluded on HRCT", "ILD not excluded"', () => {
    for (const text of ['ILD excluded on HRCT.', 'ILD ruled out.', 'ILD has been ruled out.', 'HRCT excluded ILD.']) {
      expect(valueOf(read(text), 'interstitial_lung_disease')).toMatchObject({ value: false });
    }
    for (const text of ['ILD not excluded.', 'ILD cannot be excluded.', 'ILD has not been ruled out.']) askedAbout(read(text), 'interstitial_lung_disease');
  });

  it.each(['Splenectomy booked for December.', 'Awaiting splenectomy.', 'Plan: splenectomy.', 'Splenectomy was discussed.', 'Considered for splenectomy.'])(
    'never reads what is only planned as done: "%s" is asked',
    (text) => {
      const reading = read(text);
      askedAbout(reading, 'splenectomy');
      expect(reading.facts.some((f) => f.fact === 'last_major_surgery')).toBe(false);
    },
  );

  it('reads a value after a name and a spaced dash: "ILD - no", "Splenectomy — none", "ILD - yes, splenectomy - no"', () => {
    expect(readFact(read('ILD - no.'), 'interstitial_lung_disease')).toMatchObject({ value: { value: false }, source: 'ILD - no.' });
    expect(valueOf(read('Splenectomy — none.'), 'splenectomy')).toMatchObject({ value: false });
    expect(valueOf(read('Malignancy - never.'), 'malignancy_history')).toMatchObject({ value: 'none' });
    const both = read('ILD - yes, splenectomy - no.');
    expect(valueOf(both, 'interstitial_lung_disease')).toMatchObject({ value: true });
    expect(valueOf(both, 'splenectomy')).toMatchObject({ value: false });
  });

  it('asks when a denial has an exception: "No bleeding apart from petechiae"', () => {
    expect(askedAbout(read('No bleeding apart from petechiae on the legs.'), 'bleeding_tendency').message).toContain('not certain');
  });

  it('asks what is said with doubt: "?ILD", "possible ILD", "malignancy screen negative"', () => {
    askedAbout(read('?ILD on CT.'), 'interstitial_lung_disease');
    askedAbout(read('Possible ILD.'), 'interstitial_lung_disease');
    askedAbout(read('Malignancy screen negative.'), 'malignancy_history');
  });

  it("reads nothing from someone else's history", () => {
    const reading = read('Family history of lymphoma; mother had a DVT.');
    expect(untouched(reading, 'lymphoproliferative_history')).toBe(true);
    expect(untouched(reading, 'last_thrombosis')).toBe(true);
  });

  it('does not take a denied diagnosis for the main one: "UCTD, not meeting criteria for SLE or Sjögren\'s"', () => {
    expect(untouched(read("Undifferentiated CTD, not meeting criteria for SLE or Sjögren's."), 'primary_diagnosis')).toBe(true);
  });

  it('denying one kind of a fact asks it: "HBV/HCV neg", "no TB", "No history of VTE", "No TPO-RA"', () => {
    askedAbout(read('HBV/HCV neg.'), 'active_infection');
    askedAbout(read('No TB.'), 'active_infection');
    askedAbout(read('No history of VTE.'), 'last_thrombosis');
    askedAbout(read('No TPO-RA.'), 'thrombopoietic_agents');
  });

  it('denying the whole settles it: "no infection currently", "No thrombosis", "not breastfeeding, not pregnant, not planning a pregnancy, not post-partum"', () => {
    expect(valueOf(read('No infection currently.'), 'active_infection')).toMatchObject({ value: false });
    expect(valueOf(read('No thrombosis.'), 'last_thrombosis')).toMatchObject({ kind: 'date', value: undefined });
    expect(valueOf(read('Not breastfeeding, not pregnant, not planning a pregnancy, not post-partum.'), 'reproductive_status')).toMatchObject({ kind: 'set', values: [] });
  });

  it('a partial denial does not undo a value read elsewhere: "No splenectomy. Hip replacement 2024."', () => {
    expect(valueOf(read('No splenectomy. Hip replacement 2024.'), 'last_major_surgery')).toMatchObject({ kind: 'date' });
  });

  it('reads a medicine class denied as a whole as none, and "not on" as now only (asked)', () => {
    expect(valueOf(read('No prior steroids.'), 'corticosteroids')).toMatchObject({ kind: 'medication', uses: [] });
    expect(valueOf(read('Never treated with IVIG.'), 'immunoglobulin')).toMatchObject({ kind: 'medication', uses: [] });
    expect(askedAbout(read('Not on steroids currently.'), 'corticosteroids').message).toContain('says what is taken now');
  });

  it('denying one medicine of a class with others leaves the class open: "never had belimumab or rituximab"', () => {
    expect(untouched(read('She has never had belimumab or rituximab.'), 'biologics')).toBe(true);
  });

  it('reads the longest name: "No steroid contraindications" is about contraindications, not about steroids taken', () => {
    const reading = read('No steroid contraindications.');
    expect(untouched(reading, 'corticosteroids')).toBe(true);
    askedAbout(reading, 'corticosteroid_intolerance');
  });

  it('asks a medicine said to have failed or to be planned, rather than record it as taken now', () => {
    askedAbout(read('Failed MTX.'), 'immunosuppressants');
    askedAbout(read('Plan to start rituximab.'), 'biologics');
  });

  it('reads a denial said after a medicine as a denial: "Rituximab never given" is not rituximab taken', () => {
    expect(untouched(read('Rituximab never given.'), 'biologics')).toBe(true);
    expect(valueOf(read('IVIG never given.'), 'immunoglobulin')).toMatchObject({ uses: [] });
  });

  it('reads "not on" over a period as long as the question as none: "Not on steroids or immunosuppressants in the last year"', () => {
    const reading = read('Not on steroids or immunosuppressants in the last year.');
    expect(valueOf(reading, 'corticosteroids')).toMatchObject({ uses: [] });
    expect(valueOf(reading, 'immunosuppressants')).toMatchObject({ uses: [] });
    askedAbout(read('Not on steroids in the last 6 months.'), 'corticosteroids');
  });

  it.each(['Allergies: penicillin.', 'Allergy: Septrin (rash).', 'Allergic to amoxicillin.'])('never reads a drug allergy as the drug taken: "%s" is asked', (text) => {
    askedAbout(read(`52F, SLE. ${text}`), 'antibiotics');
  });
});

describe('a disease with its cause', () => {
  it('is the secondary form: "RPF due to methysergide", "retroperitoneal fibrosis secondary to methysergide … secondary RPF"', () => {
    expect(valueOf(read('61F, RPF due to methysergide, pred 20'), 'primary_diagnosis')).toMatchObject({ value: 'rpf_secondary' });
    expect(valueOf(read('Retroperitoneal fibrosis secondary to methysergide use in the 1990s — secondary RPF, not idiopathic.'), 'primary_diagnosis')).toMatchObject({ value: 'rpf_secondary' });
    expect(valueOf(read('Antiphospholipid syndrome secondary to SLE. 51 yo woman.'), 'primary_diagnosis')).toMatchObject({ value: 'aps' });
  });
});
