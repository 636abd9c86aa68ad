import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import { day, messageOf, parse, summaryOf, valueOf, said } from './parse';

/** Today is 15 June 2026 (see parse.ts). */
const dateValue = (fact: string, text: string) => {
  const value = valueOf(parse(fact, text));
  if (value.kind !== 'date') throw new Error(`expected a date, got ${value.kind}`);
  return value.value;
};

describe('date answers', () => {
  it.each([
    ['6 weeks ago', day('2026-05-04')],
    ['3 months ago', day('2026-03-15')],
    ['3 months', day('2026-03-15')],
    ['for 3 months', day('2026-03-15')],
    ['since 3 months', day('2026-03-15')],
    ['a year ago', day('2025-06-15')],
    ['two weeks ago', day('2026-06-01')],
    ['1 wk ago', day('2026-06-08')],
    ['yesterday', day('2026-06-14')],
    ['last week', day('2026-06-08')],
    ['2026-03-15', day('2026-03-15')],
    ['15 March 2026', day('2026-03-15')],
    ['15/03/2026', day('2026-03-15')],
    ['03/15/2026', day('2026-03-15')],
    ['05/05/2026', day('2026-05-05')],
  ])('"%s" is one day', (text, interval) => {
    expect(dateValue('diagnosis_date', text)).toEqual(interval);
  });

  it.each([
    ['March 2026', '2026-03'],
    ['since March 2026', '2026-03'],
    ['in march 2026', '2026-03'],
    ['2026-03', '2026-03'],
    ['03/2026', '2026-03'],
    ['2019', '2019'],
    ['in 2019', '2019'],
    ['since 2024', '2024'],
  ])('"%s" is the whole period %s', (text, period) => {
    expect(dateValue('diagnosis_date', text)).toEqual(partialDateToInterval(period));
  });

  it('says when the answer covers a period', () => {
    expect(summaryOf(parse('thrombocytopenia_since', 'since March 2026'))).toBe('Thrombocytopenia present since: March 2026 (any day in that period)');
    expect(summaryOf(parse('diagnosis_date', '6 weeks ago'))).toBe('Date of diagnosis: 4 May 2026');
  });

  it('reads a month without a year as its latest past occurrence', () => {
    expect(dateValue('diagnosis_date', 'December')).toEqual(partialDateToInterval('2025-12'));
    expect(dateValue('diagnosis_date', 'March')).toEqual(partialDateToInterval('2026-03'));
  });

  it.each([
    ['since Apr', '2026-04'],
    ['since May', '2026-05'],
    ['diagnosed in Aug', '2025-08'],
    ['from Sept', '2025-09'],
    ['since Jun', '2026-06'],
  ])('reads a month named alone or shortened after a word that dates it ("%s") as its latest past occurrence', (text, month) => {
    const interval = partialDateToInterval(month);
    expect(dateValue('diagnosis_date', text)).toEqual({ earliest: interval.earliest, latest: Math.min(interval.latest, day('2026-06-15').latest) });
  });

  it('cuts the current month at today', () => {
    expect(dateValue('diagnosis_date', 'June 2026')).toEqual({ earliest: day('2026-06-01').earliest, latest: day('2026-06-15').latest });
  });

  it('reads a range', () => {
    expect(dateValue('diagnosis_date', 'March-May 2026')).toEqual({ earliest: day('2026-03-01').earliest, latest: day('2026-05-31').latest });
  });

  it('asks which date a numeric day/month answer means when both readings are dates', () => {
    expect(said(parse('diagnosis_date', '03/04/2026'))).toEqual({
      kind: 'ambiguous',
      message: '“03/04/2026” could be 3 April 2026 or 4 March 2026. Please write the month as a word and the year in full (e.g. “3 April 2026”).',
    });
    expect(parse('diagnosis_date', '3.4.2026').kind).toBe('ambiguous');
    expect(parse('diagnosis_date', 'mar 26').kind).toBe('ambiguous');
  });

  it.each(['more than 3 weeks ago', 'over 3 weeks ago', '>3 wks ago', 'at least 3 weeks ago', 'less than 2 weeks ago', 'within the last 2 weeks', 'before 2020', 'after 2020', '2-3 months ago', '2 or 3 months ago'])(
    'asks for the date of "%s", a bound or a range, rather than recording its end as the date',
    (text) => {
      expect(messageOf(parse('last_thrombosis', text), 'ambiguous')).toContain('is a bound, not a date');
    },
  );

  it('asks whether a month and a two-digit year ("10/25") is that month or a day', () => {
    expect(said(parse('diagnosis_date', '10/25'))).toEqual({
      kind: 'ambiguous',
      message: '“10/25” could be 25 October 2025 or October 2025. Please write the month as a word and the year in full (e.g. “3 April 2026”).',
    });
    expect(messageOf(parse('corticosteroids', 'pred 5 mg daily since 03/24'), 'ambiguous')).toContain('March 2024');
    expect(dateValue('diagnosis_date', '25/10')).toEqual(day('2025-10-25'));
    expect(dateValue('diagnosis_date', '3/2025')).toEqual(day('2025-03'));
  });

  it('accepts "never" only where the question allows it', () => {
    expect(valueOf(parse('last_major_surgery', 'never'))).toEqual({ kind: 'date', value: undefined, entered: 'never' });
    expect(valueOf(parse('last_thrombosis', 'none'))).toEqual({ kind: 'date', value: undefined, entered: 'none' });
    expect(summaryOf(parse('last_thrombosis', 'no'))).toBe('Most recent new thrombosis: never');
    expect(messageOf(parse('diagnosis_date', 'never'), 'invalid')).toContain('needs a date');
  });

  it('accepts today and refuses tomorrow', () => {
    expect(parse('diagnosis_date', '2026-06-15')).toMatchObject({ kind: 'value' });
    expect(said(parse('diagnosis_date', '2026-06-16'))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('in the future') });
  });

  it('refuses future dates', () => {
    expect(said(parse('diagnosis_date', 'next week'))).toEqual({ kind: 'invalid', message: '“next week” is in the future; please give a past date.' });
    expect(parse('diagnosis_date', '2030').kind).toBe('invalid');
    expect(parse('diagnosis_date', 'in 3 weeks').kind).toBe('invalid');
  });

  it('re-asks answers without exactly one date', () => {
    expect(messageOf(parse('diagnosis_date', 'a while back'), 'invalid')).toContain('I could not read a date');
    expect(messageOf(parse('last_major_surgery', 'hmm'), 'invalid')).toContain('or “never”');
    expect(messageOf(parse('diagnosis_date', 'between 2019 and 2020'), 'invalid')).toContain('more than one date');
    expect(parse('diagnosis_date', 'in 1066').kind).toBe('invalid');
  });

  it('asks about a number beside the date rather than drop it, and never reads "March, 45" as 2045', () => {
    for (const text of ['3 March, 45', '3 March 2026 45']) {
      expect(messageOf(parse('diagnosis_date', text), 'invalid')).toMatch(/I could not tell what “45” is/);
    }
    expect(dateValue('diagnosis_date', 'March, 2026')).toEqual(partialDateToInterval('2026-03'));
    expect(dateValue('diagnosis_date', 'March 3, 2026')).toEqual(partialDateToInterval('2026-03-03'));
  });
});
