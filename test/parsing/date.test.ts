import { describe, expect, it } from 'vitest';
import { partialDateToInterval } from '../../src/dates/calendar';
import { findDates } from '../../src/parsing/datePhrase';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { catalog, day, factOf, messageOf, parse, summaryOf, TODAY, valueOf } from './parse';

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
    // Years ago are counted in years: "a year ago" was once read as the day, 15 June 2025, a precision nobody gave.
    ['a year ago', '2025'],
    ['3 yrs ago', '2023'],
    ['Mar-24', '2024-03'],
    ["Jun '23", '2023-06'],
    ['dx Mar-24', '2024-03'],
    ['in March last year', '2025-03'],
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

  it('reads a period as the event happening in it: "March-May 2026", "Apr–Jun 2026", "2023-07 to 2024-02", "2019–2023"', () => {
    expect(dateValue('diagnosis_date', 'March-May 2026')).toEqual({ earliest: day('2026-03-01').earliest, latest: day('2026-05-31').latest });
    expect(dateValue('diagnosis_date', 'Apr–Jun 2026')).toEqual({ earliest: day('2026-04-01').earliest, latest: day('2026-06-15').latest });
    expect(dateValue('last_thrombosis', '2023-07 to 2024-02')).toEqual({ earliest: day('2023-07-01').earliest, latest: day('2024-02-29').latest });
    expect(dateValue('last_major_surgery', '2019–2023')).toEqual({ earliest: day('2019-01-01').earliest, latest: day('2023-12-31').latest });
  });

  it('asks since when a lasting state began when it is given a period that has ended', () => {
    expect(messageOf(parse('thrombocytopenia_since', 'Apr–Jun 2026'), 'invalid')).toBe(
      '“Apr–Jun 2026” is a period that has ended, not since when: please give the date it began, or say that it is over.',
    );
    expect(dateValue('thrombocytopenia_since', 'since Apr 2026')).toEqual({ earliest: day('2026-04-01').earliest, latest: day('2026-04-30').latest });
  });

  it('reads a day and month said with "last year" in that year ("2 Nov last year"), and years ago as that year', () => {
    expect(dateValue('last_major_surgery', 'hip replacement 2 Nov last year')).toEqual(day('2025-11-02'));
    expect(dateValue('last_major_surgery', 'hip replacement 3 yrs ago')).toEqual(partialDateToInterval('2023'));
  });

  it('reads a time written as a fraction of weeks, months or days ("3/52 ago") as that time ago', () => {
    expect(dateValue('last_thrombosis', 'DVT 3/52 ago')).toEqual(day('2026-05-25'));
    expect(dateValue('last_thrombosis', '2/12 ago')).toEqual(day('2026-04-15'));
    expect(parse('diagnosis_date', 'since 3/12').kind).toBe('ambiguous');
  });

  it('reads a denial of the event itself as "never" where the question allows it, and asks about a denial of one kind', () => {
    expect(valueOf(parse('last_thrombosis', 'no clots ever'))).toEqual({ kind: 'date', value: undefined, entered: 'no clots ever' });
    expect(valueOf(parse('last_major_surgery', 'never had an operation'))).toEqual({ kind: 'date', value: undefined, entered: 'never had an operation' });
    expect(messageOf(parse('last_thrombosis', 'no DVT ever'), 'ambiguous')).toContain('covers only part of the question');
    expect(messageOf(parse('diagnosis_date', 'never had an operation'), 'invalid')).toContain('I could not read a date');
  });

  it('asks rather than take the date of something else named in the answer for the fact asked', () => {
    expect(messageOf(parse('diagnosis_date', 'PE diagnosed last month'), 'invalid')).toBe(
      '“PE diagnosed last month” names “Most recent new thrombosis”, so the date may be of that. Please give the date for “Date of diagnosis” alone, or “unknown”.',
    );
    expect(messageOf(parse('last_thrombosis', 'hip replacement 2 Nov last year'), 'invalid')).toContain('“Most recent major surgery”');
    expect(dateValue('last_major_surgery', 'splenectomy 2019')).toEqual(partialDateToInterval('2019'));
  });

  it('asks about a date of another condition than the main diagnosis recorded', () => {
    const answers = { primary_diagnosis: { kind: 'choice' as const, value: 'sle', entered: 'SLE' } };
    const context = { vocabulary: catalog, today: TODAY, answers };
    expect(parseAnswer('APS since 2019', factOf('diagnosis_date'), context).kind).toBe('invalid');
    expect(valueOf(parseAnswer('lupus since 2019', factOf('diagnosis_date'), context))).toMatchObject({ value: partialDateToInterval('2019') });
  });

  it('asks which date a numeric day/month answer means when both readings are dates', () => {
    expect(parse('diagnosis_date', '03/04/2026')).toEqual({
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
    expect(parse('diagnosis_date', '10/25')).toEqual({
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
    expect(parse('diagnosis_date', '2026-06-16')).toMatchObject({ kind: 'invalid', message: expect.stringContaining('in the future') });
  });

  it('refuses future dates', () => {
    expect(parse('diagnosis_date', 'next week')).toEqual({ kind: 'invalid', message: '“next week” is in the future; please give a past date.' });
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

describe('dates in a text', () => {
  it('gives a period its first and last date, for a reader that gives each its own role', () => {
    const [mention] = findDates('tripterygium 2023-07 to 2024-02', day('2026-06-15').earliest).mentions;
    expect(mention).toMatchObject({ kind: 'date', range: true, ends: { from: partialDateToInterval('2023-07'), to: partialDateToInterval('2024-02') } });
  });
});
