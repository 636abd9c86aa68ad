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
