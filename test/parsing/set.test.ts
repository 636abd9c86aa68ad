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
    ['uncontrolled_conditions', 'diabetes, heart failure', ['diabetes', 'heart_failure']],
    ['uncontrolled_conditions', 'HTN and CHF', ['hypertension', 'heart_failure']],
    ['uncontrolled_conditions', 'hypertention', ['hypertension']],
    ['reproductive_status', 'breast feeding', ['breastfeeding']],
  ])('%s: "%s" is %j', (fact, text, codes) => {
    expect(valueOf(parse(fact, text))).toEqual({ kind: 'set', values: codes, entered: text });
  });

  it('echoes the labels', () => {
    expect(summaryOf(parse('uncontrolled_conditions', 'diabetes, heart failure'))).toBe(
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
