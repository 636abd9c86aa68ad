import { describe, expect, it } from 'vitest';
import { messageOf, parse, summaryOf, valueOf } from './parse';

describe('set answers', () => {
  it.each(['none', 'no', 'none of these', 'nil', 'None.', 'NIL'])('"%s" is the empty set', (text) => {
    expect(valueOf(parse('other_ctds', text))).toEqual({ kind: 'set', values: [], entered: text });
  });

  it('names the fact’s own none label in the summary', () => {
    expect(summaryOf(parse('uncontrolled_conditions', 'nil'))).toBe('Uncontrolled conditions or serious complications: none of these');
  });

  it.each([
    ['other_ctds', "RA and Sjögren's", ['ra', 'pss']],
    ['other_ctds', 'SLE, RA; scleroderma', ['sle', 'ra', 'ssc']],
    ['other_ctds', 'DM/PM', ['dm_pm']],
    ['other_ctds', 'lupus plus MCTD', ['sle', 'mctd']],
    ['other_ctds', 'RA & RA', ['ra']],
    // These three were read as uncontrolled without saying so ("diabetes" is no uncontrolled diabetes): see below.
    ['uncontrolled_conditions', 'uncontrolled diabetes, heart failure', ['diabetes', 'heart_failure']],
    ['uncontrolled_conditions', 'uncontrolled HTN and CHF', ['hypertension', 'heart_failure']],
    ['uncontrolled_conditions', 'uncontrolled hypertention', ['hypertension']],
    ['uncontrolled_conditions', 'BP all over the place despite 3 agents', ['hypertension']],
    ['uncontrolled_conditions', 'DM poorly controlled (HbA1c 10.2), BP fine', ['diabetes']],
    ['uncontrolled_conditions', 'diabetes,heart_failure', ['diabetes', 'heart_failure']],
    ['corticosteroid_intolerance', 'steroid psychosis 2020', ['serious_adverse_reaction']],
    ['reproductive_status', 'post-menopausal', []],
    ['reproductive_status', 'breast feeding', ['breastfeeding']],
  ])('%s: "%s" is %j', (fact, text, codes) => {
    expect(valueOf(parse(fact, text))).toEqual({ kind: 'set', values: codes, entered: text });
  });

  it('asks a condition named without saying it is uncontrolled ("T2DM")', () => {
    expect(messageOf(parse('uncontrolled_conditions', 'T2DM'), 'ambiguous')).toBe('“T2DM” does not say whether it is uncontrolled; please say so (e.g. “uncontrolled T2DM”), or “none of these”.');
  });

  it('echoes the labels', () => {
    expect(summaryOf(parse('uncontrolled_conditions', 'uncontrolled diabetes, heart failure'))).toBe(
      'Uncontrolled conditions or serious complications: Uncontrolled diabetes, Heart failure',
    );
  });

  it('names the item it does not recognise and lists the choices', () => {
    const message = messageOf(parse('uncontrolled_conditions', 'diabetes, gout'), 'invalid');
    expect(message).toContain('“gout”');
    expect(message).toContain('Uncontrolled hypertension');
    expect(message).toContain('“none of these”');
  });

  it('re-asks an answer with no item in it', () => {
    expect(parse('other_ctds', ', ;').kind).toBe('invalid');
  });
});
