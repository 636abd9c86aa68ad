import { describe, expect, it } from 'vitest';
import { messageOf, parse, summaryOf, valueOf } from './parse';

describe('boolean answers', () => {
  it.each(['yes', 'y', 'yeah', 'yep', 'positive', 'present', 'true', 'correct', 'YES', 'Yes.', 'yes!', ' Y '])('"%s" is yes', (text) => {
    expect(valueOf(parse('npsle', text))).toEqual({ kind: 'boolean', value: true, entered: text.trim() });
  });

  it.each(['no', 'n', 'nope', 'negative', 'absent', 'false', 'none', 'not present', 'NO', 'No.', 'Nope!', 'Not present.'])('"%s" is no', (text) => {
    expect(valueOf(parse('npsle', text))).toEqual({ kind: 'boolean', value: false, entered: text.trim() });
  });

  it('echoes the reading', () => {
    expect(summaryOf(parse('npsle', 'yep'))).toBe('Neuropsychiatric lupus: yes');
  });

  it.each(['yes and no', '1', 'no, but once in 2019'])('"%s" is re-asked', (text) => {
    expect(messageOf(parse('npsle', text), 'invalid')).toContain('yes, no, or unknown');
  });
});

describe('a yes or "not known" with a comment after it (English held-out round 2)', () => {
  it('"yes 2019 for refractory ITP", "yep done 2015": a yes whose comment neither denies nor doubts it', () => {
    for (const text of ['yes 2019 for refractory ITP', 'yep done 2015']) expect(parse('splenectomy', text)).toMatchObject({ kind: 'value', value: { value: true } });
    expect(parse('splenectomy', 'yes no').kind).toBe('invalid');
    expect(parse('splenectomy', 'yes possibly').kind).toBe('unknown');
    // A comment that puts it in the past is no plain yes to a question about now.
    expect(parse('active_infection', 'yes in the past').kind).not.toBe('value');
    expect(parse('active_infection', 'yes UTI on nitrofurantoin')).toMatchObject({ kind: 'value', value: { value: true } });
    // A yes whose comment plans, doubts or awaits something is asked, after a comma or not, in either language.
    for (const text of ['yes, pending biopsy', 'yes (awaiting report)', 'yes - to be confirmed', 'yep, booked 2027', 'yes 2019 pending confirmation', '是，准备下周做', '是的，待确认']) {
      expect(parse('rpf_imaging_diagnosis', text).kind, text).not.toBe('value');
    }
    for (const text of ['yes, on CT', 'yes — typical periaortic mantle on CT', '是，CT上典型']) expect(parse('rpf_imaging_diagnosis', text), text).toMatchObject({ kind: 'value', value: { value: true } });
  });

  it('"dunno, before she came to us" is unknown; "not sure, maybe 2019" is confirmed first', () => {
    expect(parse('diagnosis_date', 'dunno, before she came to us').kind).toBe('unknown');
    expect(parse('diagnosis_date', 'not sure, maybe 2019').kind).toBe('follow-up');
  });
});

describe('a score or a test not done is unknown, never a no (English held-out round 2)', () => {
  it.each(['not scored', "haven't scored it", 'havent scored it yet', "hasn't been checked"])('"%s" is unknown', (text) => {
    expect(parse('sle_slicc_2012', text).kind).toBe('unknown');
  });
});
