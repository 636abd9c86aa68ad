import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/factValue';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import { catalog, day, factOf, messageOf, parse, summaryOf, TODAY, valueOf } from './parse';

/**
 * The clinical review's answer items (issue 11, 8–11), at the parser: each answer as typed, the reading it
 * used to get (in the test name) and the one it gets now. Today is 15 June 2026 (see parse.ts).
 */
const withAnswers = (factId: string, text: string, answers: Answers) => parseAnswer(text, factOf(factId), parseContext(catalog, TODAY, answers));
const aged = (years: number): Answers => ({ age: { kind: 'number', value: { low: years, high: years }, entered: String(years) } });

describe('8. a negation is never use', () => {
  it.each([
    ['corticosteroids', 'no prednisone'],
    ['immunosuppressants', 'not on mycophenolate'],
    ['biologics', 'never had rituximab'],
    ['corticosteroids', 'prednisone: none'],
    ['antimalarials', 'patient is not on HCQ'],
  ])('%s: "%s" was that medicine in use; now nothing is in use, none of the class once confirmed', (fact, text) => {
    const outcome = parse(fact, text);
    expect(outcome).toMatchObject({ kind: 'follow-up', pending: { kind: 'medication', uses: [] }, followUp: { kind: 'none-at-all' } });
  });

  it('keeps the medicines that are taken beside one that is not', () => {
    const outcome = parse('corticosteroids', 'no prednisone, methylpred 8 mg daily');
    expect(valueOf(outcome)).toMatchObject({ uses: [{ drug: 'methylprednisolone', current: true }] });
    expect(summaryOf(outcome)).toContain('Not taken: prednisone.');
  });

  it('reads "stopped all steroids in 2024" as none in the 12 months, and a stop within them as needing the names', () => {
    expect(valueOf(parse('corticosteroids', 'stopped all steroids in 2024'))).toMatchObject({ kind: 'medication', uses: [] });
    expect(summaryOf(parse('corticosteroids', 'stopped all steroids in 2024'))).toBe('Corticosteroids: none in the last 12 months (stopped 2024)');
    expect(messageOf(parse('corticosteroids', 'stopped all steroids in March 2026'), 'invalid')).toContain('please name them');
    expect(messageOf(parse('corticosteroids', 'stopped all steroids'), 'invalid')).toContain('When were the steroids stopped?');
  });

  it('still reads a medicine after words that are not its negation', () => {
    expect(valueOf(parse('corticosteroids', 'no change, prednisone 10 mg daily'))).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: { low: 10, high: 10 } }] });
  });
});

describe('9. signs and approximations', () => {
  it.each([
    ['age', '−45'],
    ['age', '-45'],
    ['platelets', '–45'],
    ['platelets', '—45'],
    ['platelets', '－45'],
    ['platelets', '⁻45'],
    ['platelets', '- 5'],
    ['hemoglobin', 'Hb −85 g/L'],
  ])('%s: "%s" (was 45, or 5) is re-asked: a minus sign', (fact, text) => {
    expect(messageOf(parse(fact, text), 'invalid')).toMatch(/cannot be negative|minus sign|number/);
    expect(parse(fact, text).kind).toBe('invalid');
  });

  it('re-asks a negative dose', () => {
    expect(messageOf(parse('corticosteroids', 'prednisone −5 mg daily'), 'invalid')).toContain('minus sign');
  });

  it.each(['about 45', '~45', 'approx. 45', 'around 45', '≈ 45', 'roughly 45'])('"%s" (was exactly 45) is asked again as an estimate', (text) => {
    expect(messageOf(parse('platelets', text), 'ambiguous')).toContain('not an exact value');
  });

  it('re-asks an estimated dose, and records a bounded one as the interval it allows', () => {
    expect(messageOf(parse('corticosteroids', 'about 10 mg prednisone daily'), 'ambiguous')).toContain('estimate');
    expect(valueOf(parse('corticosteroids', 'prednisone < 10 mg daily'))).toMatchObject({ uses: [{ drug: 'prednisone', dailyDose: { high: 10 } }] });
  });

  it('records ">45" and "<10" as the intervals they allow', () => {
    expect(valueOf(parse('platelets', '>45'))).toMatchObject({ value: { low: 45 } });
    expect(valueOf(parse('platelets', '<10'))).toMatchObject({ value: { high: 10 } });
  });

  it('holds "45?" (was 45) until it is confirmed', () => {
    expect(parse('platelets', '45?')).toMatchObject({ kind: 'follow-up', pending: { kind: 'number', value: { low: 45, high: 45 } }, followUp: { kind: 'confirm' } });
    expect(parse('sex', 'female?')).toMatchObject({ kind: 'follow-up', followUp: { kind: 'confirm' } });
    expect(parse('platelets', '?')).toMatchObject({ kind: 'unknown' });
  });
});

describe('10. plausibility', () => {
  it.each([
    ['prednisone 5000 mg daily', 'above the highest plausible daily dose'],
    ['dexamethasone 1000 mg', 'above the highest plausible daily dose'],
    ['prednisone 0 mg daily', 'is not a dose'],
    ['prednisone 10 mg every 0 days', 'is not a frequency'],
    ['methylpred 8 mg q0h', 'is not a frequency'],
    ['prednisone 10 mg every 1000 weeks', 'not a regular dose'],
  ])('"%s" (was recorded) is re-asked', (text, message) => {
    expect(messageOf(parse('corticosteroids', text), 'invalid')).toContain(message);
  });

  it('accepts the doses on the other side: a methylprednisolone pulse, a weekly dose, a dose every 6 months', () => {
    expect(valueOf(parse('corticosteroids', 'IV methylpred 1000 mg daily'))).toMatchObject({ uses: [{ dailyDose: { low: 1250, high: 1250 } }] });
    expect(valueOf(parse('immunosuppressants', 'MTX 15 mg weekly'))).toMatchObject({ uses: [{ drug: 'methotrexate' }] });
    expect(valueOf(parse('biologics', 'rituximab 500 mg every 6 months'))).toMatchObject({ uses: [{ drug: 'rituximab' }] });
  });

  it('asks the unit of platelets typed 1501 or 4242 (were 1.5 and 4.2 ×10^9/L), as it does for 1500', () => {
    for (const text of ['1500', '1501', '4242']) expect(parse('platelets', text).kind).toBe('ambiguous');
    expect(valueOf(parse('platelets', '150'))).toMatchObject({ value: { low: 150, high: 150 } });
  });

  it('refuses 45 g/L (grams) for platelets (was 45 ×10^9/L) and keeps 45 G/L', () => {
    expect(messageOf(parse('platelets', '45 g/L'), 'invalid')).toContain('letter case matters');
    expect(valueOf(parse('platelets', '45 G/L'))).toMatchObject({ value: { low: 45, high: 45 } });
  });

  it('re-asks a date before the patient’s birth (was recorded), and keeps one after it', () => {
    expect(messageOf(withAnswers('diagnosis_date', '1970', aged(40)), 'invalid')).toContain('before the patient was born');
    expect(valueOf(withAnswers('diagnosis_date', '1990', aged(40)))).toMatchObject({ value: day('1990') });
    expect(valueOf(withAnswers('diagnosis_date', '1970', {}))).toMatchObject({ value: day('1970') });
    expect(messageOf(withAnswers('corticosteroids', 'prednisone 5 mg daily since 1970', aged(40)), 'invalid')).toContain('before the patient was born');
  });

  it('refuses anti-dsDNA in U/mL and eGFR in mL/min (were recorded as IU/mL and eGFR), saying why', () => {
    expect(messageOf(parse('anti_dsdna', '35 U/mL'), 'invalid')).toContain('not international units');
    expect(valueOf(parse('anti_dsdna', '35 IU/mL'))).toMatchObject({ value: { low: 35, high: 35 } });
    expect(messageOf(parse('egfr', '55 mL/min'), 'invalid')).toContain('not an eGFR');
    expect(valueOf(parse('egfr', '55 mL/min/1.73 m2'))).toMatchObject({ value: { low: 55, high: 55 } });
  });
});

describe('11. the same words mean the same thing in every question', () => {
  it.each([
    ['lupus nephritis', ['sle']],
    ['Hughes syndrome', ['aps']],
    ['secondary APS and SLE', ['aps', 'sle']],
    ['IgG4-RD', ['igg4rd']],
    ['Ormond’s disease', ['rpf_idiopathic']],
  ])('other diagnoses: "%s" (was refused unless a CTD) is %j, as the main diagnosis reads it', (text, codes) => {
    expect(valueOf(parse('other_ctds', text))).toMatchObject({ values: codes });
  });

  it.each([
    ['antiphospholipid-antibody thrombocytopenia', 'aps'],
    ['aPL-TP', 'aps'],
    ['Antiphospholipid (aPL)-Positive Thrombocytopaenia', 'aps'],
    ['CTD-TP', 'ctd_tp'],
    ['IgG4-related retroperitoneal fibrosis', 'rpf_igg4'],
    ['active SLE', 'sle'],
  ])('the studies’ own condition name "%s" (was not understood) is %s', (text, code) => {
    expect(valueOf(parse('primary_diagnosis', text))).toMatchObject({ value: code });
  });

  it.each([
    ['npsle', 'has never had it', { kind: 'boolean', value: false }],
    ['active_infection', 'no infection', { kind: 'boolean', value: false }],
    ['splenectomy', "doesn't", { kind: 'boolean', value: false }],
    ['sirolimus_history', 'has never received it', { kind: 'set', values: [] }],
    ['malignancy_history', 'no history of cancer', { kind: 'choice', value: 'none' }],
  ])('%s: "%s" (was re-asked) is %j', (fact, text, value) => {
    expect(valueOf(parse(fact, text))).toMatchObject(value);
  });

  it('"no pregnancy" rules out one of four: none of them only once confirmed', () => {
    expect(parse('reproductive_status', 'no pregnancy')).toMatchObject({ kind: 'follow-up', pending: { values: [] }, followUp: { kind: 'none-at-all' } });
  });

  it('"not active" says what a malignancy is not, so which it is is asked (never read as none)', () => {
    expect(messageOf(parse('malignancy_history', 'not active'), 'invalid')).toContain('says what it is not');
  });

  it.each(['not that I know', 'not that I know of', 'not to my knowledge', 'maybe', 'possibly'])('"%s" (was re-asked, or no) is unknown', (text) => {
    expect(parse('npsle', text)).toEqual({ kind: 'unknown', value: { kind: 'unknown', entered: text } });
  });

  it('a "no" that goes on to say more is not a plain no', () => {
    expect(parse('npsle', 'no, but seizures in 2019').kind).toBe('invalid');
  });
});
