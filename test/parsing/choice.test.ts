import { describe, expect, it } from 'vitest';
import { ChoiceFact } from '../../src/domain/factDefinition';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { catalog, messageOf, parse, summaryOf, TODAY, valueOf, said } from './parse';

const diagnosis = (text: string) => valueOf(parse('primary_diagnosis', text));

describe('choice answers from the condition vocabulary', () => {
  it.each([
    ['lupus', 'sle'],
    ['SLE', 'sle'],
    ['Systemic lupus erythematosus', 'sle'],
    ['sle', 'sle'],
    ['systemic lupus erythematosis', 'sle'],
    ["Ormond's disease", 'rpf_idiopathic'],
    ['ormonds disease', 'rpf_idiopathic'],
    ['Ormond’s disease', 'rpf_idiopathic'],
    ['IgG4 related disease', 'igg4rd'],
    ['igg4-rd', 'igg4rd'],
    ['IgG4-RD', 'igg4rd'],
    ['APS', 'aps'],
    ['antiphospholipid', 'aps'],
    ['sjogrens', 'pss'],
    ["Sjögren's syndrome", 'pss'],
    ['SJOGREN', 'pss'],
    ['retroperitoneal fibrosis.', 'rpf_idiopathic'],
    ['rpf idiopathic', 'rpf_idiopathic'],
  ])('"%s" is %s', (text, code) => {
    expect(diagnosis(text)).toEqual({ kind: 'choice', value: code, entered: text });
  });

  it('says how a misspelling was read', () => {
    expect(summaryOf(parse('primary_diagnosis', 'systemic lupus erythematosis'))).toBe(
      'Main diagnosis: Systemic lupus erythematosus (read “systemic lupus erythematosis” as Systemic lupus erythematosus)',
    );
    expect(summaryOf(parse('primary_diagnosis', 'SLE'))).toBe('Main diagnosis: Systemic lupus erythematosus');
  });

  it('lists the options when nothing matches', () => {
    const message = messageOf(parse('primary_diagnosis', 'gout'), 'invalid');
    expect(message).toContain('“gout”');
    expect(message).toContain('IgG4-related disease');
    expect(message).toContain('Systemic lupus erythematosus');
  });

  it('does not correct abbreviations: one letter off a short name is another name', () => {
    expect(parse('primary_diagnosis', 'SLA').kind).toBe('invalid');
  });
});

describe('choice answers from literal choices', () => {
  it.each([
    ['f', 'female'],
    ['F', 'female'],
    ['woman', 'female'],
    ['Female.', 'female'],
    ['m', 'male'],
    ['man', 'male'],
    ['male', 'male'],
    ['gentleman', 'male'],
    ['lady', 'female'],
  ])('"%s" is %s', (text, code) => {
    expect(valueOf(parse('sex', text))).toEqual({ kind: 'choice', value: code, entered: text });
  });

  it('takes "never" as the choice it names, not as unknown', () => {
    expect(valueOf(parse('malignancy_history', 'never'))).toMatchObject({ value: 'none' });
    expect(valueOf(parse('malignancy_history', 'more than 5 years'))).toMatchObject({ value: 'over_5_years' });
  });

  it('reads a malignancy said to be over, with its date, as within or over 5 years of today (15 June 2026)', () => {
    expect(valueOf(parse('malignancy_history', 'breast ca 2015, in remission'))).toMatchObject({ value: 'over_5_years' });
    expect(valueOf(parse('malignancy_history', 'BCC excised 2 yrs ago, nothing else'))).toMatchObject({ value: 'within_5_years' });
    expect(valueOf(parse('malignancy_history', 'prostate cancer, radical prostatectomy 2018'))).toMatchObject({ value: 'over_5_years' });
    expect(summaryOf(parse('malignancy_history', 'breast ca 2015, in remission'))).toBe('Malignancy: More than 5 years ago (2015)');
  });

  it('holds the 5-year limit to the day (today 15 June 2026): 15 June 2021 is over it, 16 June 2021 within, "2021" asked', () => {
    expect(valueOf(parse('malignancy_history', 'breast ca excised 15 June 2021, in remission'))).toMatchObject({ value: 'over_5_years' });
    expect(valueOf(parse('malignancy_history', 'breast ca excised 16 June 2021, in remission'))).toMatchObject({ value: 'within_5_years' });
    expect(parse('malignancy_history', 'breast ca 2021, in remission')).toMatchObject({ kind: 'ambiguous', problem: { code: 'dated-across' } });
  });

  it('asks a dated malignancy not said to be over, one dated on both sides of the limit, and one named active', () => {
    expect(messageOf(parse('malignancy_history', 'breast ca 2015'), 'ambiguous')).toBe(
      '“breast ca 2015” gives when, but not whether it is over: is it more than 5 years ago, or still active?',
    );
    expect(messageOf(parse('malignancy_history', 'lymphoma 2017, in remission, PET clear 2024'), 'ambiguous')).toContain('both sides');
    expect(parse('malignancy_history', 'breast ca 2024, active').kind).not.toBe('value');
  });

  it('reads a condition given a cause as its secondary form, and asks a cause in doubt', () => {
    expect(valueOf(parse('primary_diagnosis', 'RPF due to methysergide'))).toMatchObject({ value: 'rpf_secondary' });
    expect(valueOf(parse('primary_diagnosis', 'methysergide-induced RPF'))).toMatchObject({ value: 'rpf_secondary' });
    expect(valueOf(parse('primary_diagnosis', 'RPF 2° to RT'))).toMatchObject({ value: 'rpf_secondary' });
    expect(valueOf(parse('primary_diagnosis', 'retroperitoneal fibrosis secondary to IgG4-RD'))).toMatchObject({ value: 'rpf_igg4' });
    // A cause in doubt: the secondary form is confirmed before it is recorded ("possibly" doubts the answer).
    expect(parse('primary_diagnosis', 'RPF, possibly due to methysergide')).toMatchObject({ kind: 'follow-up', pending: { value: 'rpf_secondary' }, followUp: { kind: 'confirm' } });
  });

  it('reads earlier standard treatment from the medicines named and their period before the last 12 months', () => {
    expect(valueOf(parse('earlier_standard_treatment', 'pred + MMF 2019–2023'))).toMatchObject({ value: 'over_3_months' });
    expect(valueOf(parse('earlier_standard_treatment', 'pred + MMF since 2019'))).toMatchObject({ value: 'over_3_months' });
    expect(valueOf(parse('earlier_standard_treatment', 'pred + MMF Jan–Feb 2020'))).toMatchObject({ value: 'some' });
    // A medicine named only to deny it, or planned, was not taken; Chinese names count as English ones do.
    expect(valueOf(parse('earlier_standard_treatment', 'no pred, MMF 2019-2023'))).toMatchObject({ value: 'some' });
    expect(valueOf(parse('earlier_standard_treatment', 'pred 2019-2023, MMF planned'))).toMatchObject({ value: 'some' });
    expect(valueOf(parse('earlier_standard_treatment', '泼尼松和吗替麦考酚酯 2019-2023'))).toMatchObject({ value: 'over_3_months' });
    expect(valueOf(parse('earlier_standard_treatment', 'pred only 2019-2020'))).toMatchObject({ value: 'some' });
    expect(messageOf(parse('earlier_standard_treatment', 'pred + MMF in 2020'), 'ambiguous')).toBe('“pred + MMF in 2020” does not say over which period: please give it (e.g. “2019–2023”, “since 2019”).');
    expect(messageOf(parse('earlier_standard_treatment', 'pred + MMF since Jan 2026'), 'ambiguous')).toContain('all within the last 12 months');
  });

  it('asks which when two options match equally well', () => {
    const fact = ChoiceFact.parse({
      id: 'stage',
      type: 'choice',
      label: 'Stage',
      question: 'Which stage?',
      hint: 'A or B.',
      choices: [
        { code: 'a', label: 'Stage A' },
        { code: 'b', label: 'Stage B' },
      ],
    });
    const outcome = parseAnswer('Stage C', fact, { vocabulary: catalog, today: TODAY });
    expect(said(outcome, fact)).toEqual({ kind: 'ambiguous', message: 'Did you mean Stage A or Stage B?' });
  });
});

describe('diagnoses named by a manifestation', () => {
  it('"lupus nephritis" is systemic lupus erythematosus', () => {
    expect(valueOf(parse('primary_diagnosis', 'lupus nephritis'))).toMatchObject({ kind: 'choice', value: 'sle' });
  });
});
