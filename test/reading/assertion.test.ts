import { describe, expect, it } from 'vitest';
import { parseContext } from '../../src/parsing/parseContext';
import { readTypedAnswer } from '../../src/reading/typedAnswer';
import { askedAbout, read, untouched, valueOf } from '../summary/read';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/**
 * Assertion status for every mention, by one set of rules (seeds/reading/assertion.en.yaml) for pasted notes and
 * typed answers alike: a mention that is not affirmed never records use or presence. Test results are their own
 * kind (seeds/facts/tests.yaml). 21 November 2026.
 */
const catalog = realCatalog();
const typed = (fact: string, text: string) => readTypedAnswer(text, catalog.facts.get(fact)!, parseContext(catalog, EVALUATION_DAY, {}));

describe('a test result is not the disease', () => {
  it.each(['HBsAg negative.', 'Negative HBsAg.', 'HBV DNA undetectable.', 'HBV DNA <20 IU/mL.', 'anti-HCV negative.', 'QuantiFERON negative.', 'Hepatitis: HBsAg nonreactive.'])(
    '"%s" denies one infection only: asked, never an active infection',
    (text) => {
      askedAbout(read(text), 'active_infection');
    },
  );

  it.each(['anti-HBc positive.', 'HCV Ab pos.', 'T-SPOT positive.', 'HBsAg 0.01 IU/mL.'])('"%s" does not settle it either way: asked as a test result', (text) => {
    expect(askedAbout(read(text), 'active_infection').message).toMatch(/test result/);
  });

  it('a negative HBsAg with a positive anti-HBc is asked; a positive HBsAg is an infection; surface antibodies say nothing', () => {
    askedAbout(read('HBsAg negative, anti-HBc positive.'), 'active_infection');
    expect(valueOf(read('HBsAg positive.'), 'active_infection')).toMatchObject({ value: true });
    expect(untouched(read('Anti-HBs positive (vaccinated).'), 'active_infection')).toBe(true);
  });

  it('a denial of infection stands beside a negative test of one kind', () => {
    expect(valueOf(read('No active infection. HBsAg negative.'), 'active_infection')).toMatchObject({ value: false });
  });
});

describe('what is not affirmed records no use and no presence', () => {
  it.each([
    ['planned', 'Plan: start rituximab next month.', 'biologics'],
    ['planned', 'Will request HBV serology.', 'active_infection'],
    ['an allergy heading', 'Allergies: azathioprine (pancytopenia).', 'immunosuppressants'],
    ['an allergy', 'Allergic to amoxicillin.', 'antibiotics'],
    ['doubted', '?ILD on HRCT.', 'interstitial_lung_disease'],
    ['past, for a fact about the present', 'Old TB 1998, treated.', 'active_infection'],
    ['past, for a fact about the present', 'Resolved HBV infection.', 'active_infection'],
  ])('%s: "%s" is asked', (_status, text, fact) => {
    askedAbout(read(text), fact);
  });

  it('a relative\'s disease says nothing of the patient', () => {
    expect(untouched(read('Mother had SLE and a DVT.'), 'last_thrombosis')).toBe(true);
  });

  it('"no other cancer" denies only others than one named elsewhere, so alone it is asked; "history of splenectomy" is a splenectomy', () => {
    expect(askedAbout(read('No other cancer.'), 'malignancy_history').message).toContain('covers only part');
    expect(valueOf(read('History of splenectomy.'), 'splenectomy')).toMatchObject({ value: true });
  });

  it('a name that only qualifies the one before it takes no denial: "No malignancy on CT"', () => {
    const reading = read('No malignancy on CT chest.');
    expect(valueOf(reading, 'malignancy_history')).toMatchObject({ value: 'none' });
    expect(untouched(reading, 'rpf_imaging_diagnosis')).toBe(true);
  });
});

describe('a typed answer is read by the same rules', () => {
  it('"Infection: nope" is no; "yes, on CT" is yes; "no, but once in 2019" is asked', () => {
    expect(typed('active_infection', 'Infection: nope')).toMatchObject({ kind: 'value', value: { value: false } });
    expect(typed('interstitial_lung_disease', 'yes, on CT')).toMatchObject({ kind: 'value', value: { value: true } });
    expect(typed('npsle', 'no, but once in 2019').kind).toBe('invalid');
  });

  it('doubt is unknown, or confirmed first when the answer says more: "not that I know of", "none that I\'m aware of", "I think 45", "telitacicept? I\'d have to check"', () => {
    expect(typed('splenectomy', 'not that I know of').kind).toBe('unknown');
    expect(typed('biologics', "none that I'm aware of").kind).toBe('unknown');
    expect(typed('platelets', 'I think 45')).toMatchObject({ kind: 'follow-up', followUp: { kind: 'confirm' } });
    // A medicine history doubted in words has no one reading to confirm.
    expect(typed('biologics', "telitacicept? I'd have to check").kind).toBe('unknown');
  });

  it('an answer taken back is read as given last: "45 — sorry, 54"', () => {
    expect(typed('platelets', '45 — sorry, 54')).toMatchObject({ kind: 'value', value: { value: { low: 54, high: 54 } } });
  });

  it('a denial of one kind is asked; a denial of the event is "never"; an answer naming it with a date is read as a note is', () => {
    expect(typed('last_thrombosis', 'no DVT').kind).toBe('ambiguous');
    expect(typed('last_thrombosis', 'no clots ever')).toMatchObject({ kind: 'value', value: { kind: 'date', value: undefined } });
    expect(typed('life_threatening_aps', 'CAPS 2022')).toMatchObject({ kind: 'value', value: { value: true } });
  });
});

/** Misreadings of the first English held-out round (test/fixtures/HELD-OUT.md), each one of a class. */
describe('what clinicians wrote in the first held-out round', () => {
  it('a sign in brackets or alone after a name is a result: "(-)", "(−)", "N" deny, "(+)", "Y" affirm', () => {
    askedAbout(read('HBsAg(-), anti-HCV(-).'), 'active_infection');
    expect(valueOf(read('HBsAg (+).'), 'active_infection')).toMatchObject({ value: true });
    expect(valueOf(read('ILD (−)'), 'interstitial_lung_disease')).toMatchObject({ value: false });
    expect(valueOf(read('Splenectomy: N'), 'splenectomy')).toMatchObject({ value: false });
    expect(valueOf(read('Splenectomy: Y'), 'splenectomy')).toMatchObject({ value: true });
  });

  it('a denial or a doubt said after a list is said of every name in it: "HBV, HCV neg", "ILD, PAH: none", "Splenectomy, ILD: no"', () => {
    askedAbout(read('HBV, HCV neg.'), 'active_infection');
    expect(valueOf(read('ILD, PAH: none.'), 'interstitial_lung_disease')).toMatchObject({ value: false });
    expect(valueOf(read('Splenectomy, ILD: no'), 'splenectomy')).toMatchObject({ value: false });
    askedAbout(read('Splenectomy, ILD?'), 'splenectomy');
    // A list with nothing said after it is what it names.
    expect(valueOf(read('ILD, splenectomy.'), 'interstitial_lung_disease')).toMatchObject({ value: true });
  });

  it('a denial of some doses or of a shorter time than the question is of a part, so asked; of the whole period it is none', () => {
    for (const text of ['Never received steroids >10 mg.', 'No steroids this year.', 'No IV steroids.']) askedAbout(read(text), 'corticosteroids');
    for (const text of ['never received steroids >10 mg', 'none this year', 'no steroids in the last 3 months']) expect(typed('corticosteroids', text).kind).toBe('ambiguous');
    for (const text of ['No steroids.', 'No steroids since 2020.', 'No steroids in the last 2 years.']) expect(valueOf(read(text), 'corticosteroids')).toMatchObject({ uses: [] });
    expect(typed('corticosteroids', 'never had any steroids')).toMatchObject({ kind: 'value', value: { uses: [] } });
    // Both sides of the question's 12 months (21 November 2025 to 21 November 2026).
    expect(valueOf(read('No steroids in the last 12 months.'), 'corticosteroids')).toMatchObject({ uses: [] });
    askedAbout(read('No steroids in the last 11 months.'), 'corticosteroids');
    expect(valueOf(read('No steroids since October 2025.'), 'corticosteroids')).toMatchObject({ uses: [] });
    askedAbout(read('No steroids since December 2025.'), 'corticosteroids');
  });

  it('a short stretch after a name that puts it in the past does: "TB 2019, treated" is no active infection, so asked', () => {
    askedAbout(read('TB 2019, treated.'), 'active_infection');
    askedAbout(read('HBV, resolved.'), 'active_infection');
    expect(valueOf(read('Active TB, on treatment.'), 'active_infection')).toMatchObject({ value: true });
    expect(valueOf(read('Splenectomy 2015, no complications.'), 'splenectomy')).toMatchObject({ value: true });
  });

  it('a denial with an exception after it is of a part: "Previous surgery: none apart from the laparoscopic biopsy 2021" is asked', () => {
    askedAbout(read('Previous surgery: none apart from the laparoscopic biopsy 2021.'), 'last_major_surgery');
    expect(valueOf(read('Surgery: none.'), 'last_major_surgery')).toMatchObject({ kind: 'date', value: undefined });
  });

  it('a list after a denial is denied throughout: "Denied hepatitis, tuberculosis" is no infection named, so asked', () => {
    askedAbout(read('Denied hepatitis, tuberculosis.'), 'active_infection');
  });

  it('a suggestion or advice is a plan, not use: "Suggest starting rituximab", "Recommend avoiding warfarin"', () => {
    askedAbout(read('Suggest starting rituximab.'), 'biologics');
    askedAbout(read('Recommend avoiding warfarin.'), 'antithrombotics');
  });

  it('a negation wrapped onto the line before its word still denies it: "Not\\nbreastfeeding"', () => {
    // As on one line: one kind denied, the others asked.
    expect(askedAbout(read('Not\nbreastfeeding. Female, 34.'), 'reproductive_status').reason).toEqual(askedAbout(read('Not breastfeeding. Female, 34.'), 'reproductive_status').reason);
    expect(askedAbout(read('Not\nbreastfeeding. Female, 34.'), 'reproductive_status').reason).toEqual({ code: 'partial' });
  });
});

describe('what clinicians wrote in the second held-out round', () => {
  it('"SLICC not scored" in a note is asked, never met', () => {
    askedAbout(read('Meets ACR 1997; SLICC not scored.'), 'sle_slicc_2012');
  });
});

describe('what clinicians wrote in the third held-out round', () => {
  it.each(['PET-CT: mild FDG uptake around the aorta.', 'PET: moderate FDG uptake, no other lesions.', 'PET-CT示腹膜后软组织轻度FDG摄取增高。'])(
    '"%s": uptake graded mild or moderate suggests activity, never settles it',
    (text) => {
      askedAbout(read(`Idiopathic RPF. ${text}`), 'rpf_active_on_imaging');
    },
  );

  it('intense uptake still settles it: "PET: intense FDG uptake"', () => {
    expect(valueOf(read('Idiopathic RPF. PET: intense FDG uptake.'), 'rpf_active_on_imaging')).toMatchObject({ value: true });
  });

  it.each(['Seizure: PRES vs NPSLE.', 'Dx: NPSLE versus PRES.', 'Differential: NPSLE, PRES.', '头痛抽搐，需鉴别NPSLE与PRES。'])('"%s": a differential is asked, never a diagnosis', (text) => {
    askedAbout(read(`SLE since 2019. ${text}`), 'npsle');
  });

  it.each(['History of statin-associated myopathy in 2019.', 'Steroid-induced diabetes.', '他汀所致肌病史。'])('"%s": a medicine named as a cause is not one taken now', (text) => {
    const reading = read(text);
    expect(reading.facts.filter((f) => f.fact === 'lipid_lowering_therapy' || f.fact === 'corticosteroids')).toEqual([]);
  });

  it.each(['艾曲泊帕用过', '用过艾曲泊帕'])('"%s" (used before) is no use now', (text) => {
    expect(typed('thrombopoietic_agents', text)).toMatchObject({ kind: 'value', value: { uses: [{ drug: 'eltrombopag', current: false }] } });
  });

  it('"艾曲泊帕用过，不记得什么时候停的" (stopped, when not remembered) is unknown, never taken now', () => {
    expect(typed('thrombopoietic_agents', '艾曲泊帕用过，不记得什么时候停的').kind).toBe('unknown');
  });
});

describe('an answer too long to be one', () => {
  it('is refused as too long, never read as a note instead (4,000 characters took seconds that way)', () => {
    expect(typed('npsle', '激素'.repeat(2000))).toMatchObject({ kind: 'invalid', problem: { code: 'too-long' } });
  });
});

describe('what clinicians wrote in the fourth held-out round', () => {
  it('"Pregnancy: denied, no breastfeeding." denies two of the states, never records a pregnancy', () => {
    askedAbout(read('Pregnancy: denied, no breastfeeding.'), 'reproductive_status');
  });

  it.each(['激素过敏？不详', 'steroid allergy? unsure'])('"%s": a question mark followed by "not known" is doubt: asked, never recorded', (text) => {
    expect(typed('corticosteroid_intolerance', text).kind).toBe('follow-up');
  });
});

describe('what clinicians wrote in the fifth held-out round', () => {
  it.each(['一年内没吃过中药', '近一年没吃过中药'])('"%s" (none in a year) denies the medicine: asked whether none at all, never taken now', (text) => {
    expect(typed('herbal_medicines', text)).toMatchObject({ kind: 'follow-up', followUp: { kind: 'none-at-all' } });
  });

  it('"干燥综合征？还是狼疮，还没定" (pSS? or lupus, not decided) is asked, never lupus', () => {
    expect(typed('primary_diagnosis', '干燥综合征？还是狼疮，还没定').kind).toBe('invalid');
  });
});

describe('a denial of the past, and a period that is no past', () => {
  it('"No prior steroids … Course: prednisone 60 mg" records the prednisone, the denial being of the time before', () => {
    expect(valueOf(read('No prior steroids or immunosuppressants. Course: prednisone 60 mg od since 1 Nov 2026.'), 'corticosteroids')).toMatchObject({ uses: [{ drug: 'prednisone', current: true }] });
    askedAbout(read('No steroids. Prednisone 10 mg daily.'), 'corticosteroids');
  });

  it('"No steroids in the past year" is none in the last 12 months; "TB in the past" is asked', () => {
    expect(valueOf(read('No steroids in the past year.'), 'corticosteroids')).toMatchObject({ uses: [] });
    askedAbout(read('TB in the past.'), 'active_infection');
  });
});
