import * as chrono from 'chrono-node/en';
import { DateTime } from 'luxon';
import { dateOfDay, partialDateToInterval, type Day } from '../dates/calendar';
import type { DayInterval } from '../domain/factValue';
import { ambiguous, invalid, type ParseFailure } from './outcome';
import { TracedText } from '../text/tracedText';
import { chineseDatesInEnglish } from './chineseDates';

/** A date as the reader found it, `text` in the reader's words ("May 2026"). */
type FoundDate = { index: number; end: number; text: string } & (
  /**
   * `range`: two dates given as one period ("March-May 2026", "2023-07 to 2024-02"); `interval` then covers the
   * whole period and `ends` holds its first and last date, for a reader that gives each its own role.
   */
  | { kind: 'date'; interval: DayInterval; range: boolean; ends?: { from: DayInterval; to: DayInterval } }
  /** An invalid or ambiguous outcome to return as it is. */
  | { kind: 'problem'; problem: ParseFailure }
);

/** A date mention, with the words the clinician wrote ("2026年5月"), which is what a problem quotes. */
export type DateMention = FoundDate & { written: string };

export interface DateReading {
  /** The text the mentions index into: the input with durations rewritten as "… ago". */
  text: string;
  /** The same text, traced to the words written. */
  traced: TracedText;
  mentions: DateMention[];
}

const QUANTITY = String.raw`\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`;
const TIME_UNIT = String.raw`days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?`;
/** "for 3 months", "since 3 months", "3 months", "the past 2 years", "1 wk ago". */
export const DURATION = new RegExp(
  String.raw`\b(?:(for|since)\s+)?(?:the\s+(?:last|past)\s+)?(${QUANTITY})\s*(${TIME_UNIT})\b(?:\s+ago\b)?`,
  'gi',
);
/** After these a duration is a frequency or lies ahead ("every 2 weeks", "in 3 weeks"), not a time ago. */
const NOT_AGO = /\b(?:in|every|each|per|next|within)\s*$/i;
const FULL_UNIT = { d: 'day', w: 'week', m: 'month', y: 'year' } as const;

/**
 * British notes write a time as a fraction of the larger unit: "3/52" is 3 weeks, "6/12" 6 months, "5/7" 5 days.
 * Only where it can be no date: before "ago", or after "for", "since", "x" or "over" ("since 3/52"); "since 3/12"
 * may be the 3rd of December, so months and days need "ago", "for", "x" or "over".
 */
const FRACTION_DURATION =
  /(?<=\b(?:for|x|over)\s*)(\d{1,2})\/(52|12|7)\b|(?<=\bsince\s+)(\d{1,2})\/(52)\b|(?<![\d/.])(\d{1,2})\/(52|12|7)(?=\s+ago\b)/gi;
const FRACTION_UNIT: Record<string, string> = { '52': 'weeks', '12': 'months', '7': 'days' };

/**
 * chrono reads "for 3 months" as the months ahead and does not read "3 months" at all; an answer about
 * a patient's history means the time before today, so both become "3 months ago" ("since" is kept
 * so that a medication answer still reads it as a start).
 */
function rewriteDurations(input: TracedText): TracedText {
  const rewritten = input.replace(FRACTION_DURATION, (...groups: string[]) => {
    const [quantity, of] = groups.slice(1, 7).filter((g) => g !== undefined);
    return `${quantity} ${FRACTION_UNIT[of!]}`;
  });
  return rewritten.replace(DURATION, (match: string, keyword: string | undefined, quantity: string, unit: string, offset: number, text: string) => {
    if (NOT_AGO.test(text.slice(0, offset))) return match;
    const full = FULL_UNIT[unit[0]!.toLowerCase() as keyof typeof FULL_UNIT];
    const plural = /^(?:1|an?|one)$/i.test(quantity) ? '' : 's';
    return `${keyword ? 'since ' : ''}${quantity} ${full}${plural} ago`;
  });
}

/** A comma after a word and before a number of one or two digits: a list goes on there ("in March, 45 now"). */
const MONTH_COMMA_NUMBER = /(?<=\p{L}),(?=\s+\d{1,2}(?!\d))/gu;

/** A number of one or two digits standing alone: a day of the month, or a month as a number. */
const DAY_NUMBER = /(?<!\d)\d{1,2}(?!\d)/;

/** A year, or an ISO year-month, that chrono does not read on its own: "2019", "since 2024", "2026-03". */
const YEAR_OR_MONTH = /(?<![\p{L}\p{N}.,/-])(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?(?![\p{N}]|-\d)/gu;

/** A year and month, or a full date, written with dots as many clinicians in China write them: "2015.6", "2023.05.12". */
const DOTTED_DATE = /(?<![\p{L}\p{N}.,/-])((?:19|20)\d{2})\.(0?[1-9]|1[0-2])(?:\.(0?[1-9]|[12]\d|3[01]))?(?![\p{N}]|\.\d)/gu;

/**
 * Finds the dates in a text, each as the interval of days it may mean ("March 2026" is the whole month,
 * "6 weeks ago" one day). Numeric dates are read both day-first and month-first; when the readings
 * differ (03/04/2026) the mention is ambiguous rather than guessed.
 */
export function findDates(input: string | TracedText, today: Day): DateReading {
  const traced = rewriteDurations(withYearNamed(chineseDatesInEnglish(typeof input === 'string' ? TracedText.of(input) : input, today), today));
  const { text } = traced;
  const reference = { instant: dateOfDay(today).plus({ hours: 12 }).toJSDate(), timezone: 0 };
  const own = ownReadings(text, today);
  // chrono joins a month and a number after its comma into a year ("March, 45" is March 2045): the comma is
  // hidden from it, and so are the dates read above (same length, so its indices still point into `text`).
  const hidden = own.reduce((t, m) => t.slice(0, m.index) + ' '.repeat(m.end - m.index) + t.slice(m.end), text.replace(MONTH_COMMA_NUMBER, ';'));
  const gbReadings = chrono.GB.parse(hidden, reference);
  // Only a date with a day number (03/04/2026, "mar 26") can read differently month-first; chrono's passes are
  // most of a parse, so the month-first one is made only then.
  const usByIndex = new Map(gbReadings.some((r) => DAY_NUMBER.test(r.text)) ? chrono.casual.parse(hidden, reference).map((r) => [r.index, r]) : []);
  const mentions: FoundDate[] = gbReadings
    .filter((r) => hasDate(r.start))
    .map((gb) => {
      const span = { index: gb.index, end: gb.index + gb.text.length, text: gb.text };
      const dayFirst = intervalOf(gb, today);
      const us = usByIndex.get(gb.index);
      const monthFirst = us && hasDate(us.start) ? intervalOf(us, today) : dayFirst;
      if (!dayFirst || !monthFirst) return { ...span, kind: 'problem', problem: invalid({ code: 'implausible-date', text: gb.text }) };
      const readings = [dayFirst, monthFirst, monthAndYear(gb.text, today)].filter((r, i, all): r is DayInterval => r !== undefined && all.findIndex((o) => o?.earliest === r.earliest && o.latest === r.latest) === i);
      if (readings.length > 1) {
        return { ...span, kind: 'problem', problem: ambiguous({ code: 'date-readings', text: gb.text, readings }) };
      }
      const ends = gb.end ? { from: componentsInterval(gb.start, undefined, today), to: componentsInterval(gb.end, undefined, today) } : undefined;
      return checked(span, dayFirst, today, ends?.from && ends.to ? { from: ends.from, to: ends.to } : undefined);
    });
  mentions.push(...own);
  const unread = (index: number, length: number) => !mentions.some((d) => index < d.end && d.index < index + length);
  for (const m of text.matchAll(DOTTED_DATE)) {
    const [, year, month, day] = m;
    const iso = [year, month!.padStart(2, '0'), ...(day ? [day.padStart(2, '0')] : [])].join('-');
    if (unread(m.index, m[0].length)) mentions.push(checked({ index: m.index, end: m.index + m[0].length, text: m[0] }, partialDateToInterval(iso), today));
  }
  for (const m of text.matchAll(YEAR_OR_MONTH)) {
    if (unread(m.index, m[0].length)) mentions.push(checked({ index: m.index, end: m.index + m[0].length, text: m[0] }, partialDateToInterval(m[0]), today));
  }
  for (const m of text.matchAll(MONTH_AFTER_CUE)) {
    const month = m.groups!.month!;
    const index = m.index + m[0].length - month.length;
    if (unread(index, month.length)) mentions.push({ index, end: index + month.length, text: month, kind: 'date', interval: latestPastMonth(month, today), range: false });
  }
  return { text, traced, mentions: mentions.map((m) => asWritten(bounded(text, m), traced)).sort((a, b) => a.index - b.index) };
}

/** The mention with the words written, which a problem quotes instead of the reader's rewriting ("2026年5月", not "May 2026"). */
function asWritten(mention: FoundDate, traced: TracedText): DateMention {
  const written = traced.sourceOf(mention.index, mention.end).trim();
  if (mention.kind !== 'problem') return { ...mention, written };
  const { problem } = mention;
  const quoted = 'text' in problem.problem && problem.problem.text === mention.text ? { ...problem, problem: { ...problem.problem, text: written } } : problem;
  return { ...mention, written, problem: quoted };
}

/** A year written in full. */
const FULL_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/;

/** A date whose words give no year in full ("6 weeks ago", "in March", "last month") was worked out from today. */
export function resolvedFromToday(mention: { text: string }): boolean {
  return !FULL_YEAR.test(mention.text);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Whether a word names a month, in full or shortened ("Apr", "Sept", "August"). */
export function isMonthName(word: string): boolean {
  return /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i.test(word);
}
/**
 * A month named alone after a word that dates something ("since Apr", "stopped Aug", "from May"), which chrono
 * reads only now and then (never "since May" or "stopped Aug"). The word before it keeps "may" the verb out.
 */
const MONTH_AFTER_CUE =
  /\b(?:since|from|in|started|stopped|until|till|ended|began|restarted|changed|increased|reduced|decreased|tapered|completed|finished)\s+(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}\p{N}])(?!\.?\s*\d)/giu;

/** A month named without its year means its latest past occurrence, as chrono's readings are taken above. */
function latestPastMonth(name: string, today: Day): DayInterval {
  const month = String(MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1).padStart(2, '0');
  const year = dateOfDay(today).year;
  const thisYear = partialDateToInterval(`${year}-${month}`);
  const interval = thisYear.earliest > today ? partialDateToInterval(`${year - 1}-${month}`) : thisYear;
  return { earliest: interval.earliest, latest: Math.min(interval.latest, today) };
}

/** A comparator before a date ("more than 3 weeks ago", "before 2020", "within the last 2 weeks"). */
const BOUND_BEFORE = /(?:[<>≤≥]=?|\b(?:more|less|greater|fewer)\s+than|\bover|\bunder|\bat\s+(?:least|most)|\bup\s+to|\bwithin(?:\s+the)?(?:\s+(?:last|past))?|\bbefore|\bprior\s+to|\bafter|\blater\s+than|\bearlier\s+than|\bnot\s+since)\s*$/i;
/** The lower end of a range of times ago: "2-3 months ago", "2 to 3 weeks ago", "2 or 3 months ago". */
const RANGE_BEFORE = /(?<![\d.,/])\d{1,2}\s*(?:-|–|to|or)\s*$/i;

/**
 * A date with a comparator or a range before it is no single date: recorded as one, "more than 3 weeks ago"
 * would be exactly 3 weeks ago, within a 4-week exclusion window the real date may lie far outside. It is asked
 * again, the problem spanning the comparator so that a reader of the span sees it too.
 */
function bounded(text: string, mention: FoundDate): FoundDate {
  const before = text.slice(0, mention.index);
  const bound = BOUND_BEFORE.exec(before) ?? (/^\d/.test(mention.text) ? RANGE_BEFORE.exec(before) : null);
  if (!bound) return mention;
  const span = { index: bound.index, end: mention.end, text: text.slice(bound.index, mention.end) };
  return { ...span, kind: 'problem', problem: ambiguous({ code: 'date-bound', text: span.text }) };
}

/** "10/25", "03.24": a month and a two-digit year, as chrono never reads it (it takes the 25 for a day). */
const MONTH_YEAR = /^(0?[1-9]|1[0-2])\s*[/.-]\s*(\d{2})$/;

function monthAndYear(text: string, today: Day): DayInterval | undefined {
  const match = MONTH_YEAR.exec(text.trim());
  if (!match) return undefined;
  const month = partialDateToInterval(`20${match[2]}-${match[1]!.padStart(2, '0')}`);
  return month.earliest > today ? undefined : month;
}

/** Times of day alone ("at 8") say nothing about the date. */
function hasDate(components: chrono.ParsedResult['start']): boolean {
  return (['year', 'month', 'day', 'weekday'] as const).some((c) => components.isCertain(c));
}

/**
 * "3 months ago" is that day, although chrono calls only its month certain; "3 years ago" is that year, since nobody
 * counts years to the day ("hip replacement 3 yrs ago" is no date in November 2023).
 */
type TimeAgo = 'day' | 'year' | undefined;

/** The days a chrono result may mean, from the components the text made certain. */
function intervalOf(result: chrono.ParsedResult, today: Day): DayInterval | undefined {
  const timeAgo: TimeAgo = /\byears?\s+ago\b/i.test(result.text) ? 'year' : /\bago\b/i.test(result.text) ? 'day' : undefined;
  const start = componentsInterval(result.start, timeAgo, today);
  const end = result.end ? componentsInterval(result.end, timeAgo, today) : start;
  if (!start || !end) return undefined;
  return { earliest: Math.min(start.earliest, end.earliest), latest: Math.max(start.latest, end.latest) };
}

/** Undefined for years no patient history reaches, which chrono will still read ("in 1066"). */
function componentsInterval(components: chrono.ParsedResult['start'], timeAgo: TimeAgo, today: Day): DayInterval | undefined {
  const precision =
    timeAgo === 'year' ? 4 : timeAgo === 'day' || components.isCertain('day') || components.isCertain('weekday') ? 10 : components.isCertain('month') ? 7 : 4;
  const named = DateTime.fromJSDate(components.date(), { zone: 'utc' });
  if (!named.isValid || named.year < 1900 || named.year > 9999) return undefined;
  // A month named without its year means its latest past occurrence: "December", said in June, is last December.
  const yearBack = components.isCertain('month') && !components.isCertain('year') && partialDateToInterval(isoDate(named).slice(0, precision)).earliest > today;
  return partialDateToInterval(isoDate(yearBack ? named.minus({ years: 1 }) : named).slice(0, precision));
}

function isoDate(date: DateTime): string {
  return date.toFormat('yyyy-MM-dd');
}

/** Past dates only: an interval reaching beyond today is cut at today; a period's `ends` are its first and last date. */
function checked(span: { index: number; end: number; text: string }, interval: DayInterval, today: Day, ends?: { from: DayInterval; to: DayInterval }): FoundDate {
  if (interval.earliest > today) return { ...span, kind: 'problem', problem: invalid({ code: 'future-date', text: span.text }) };
  const cut = (i: DayInterval) => ({ earliest: i.earliest, latest: Math.min(i.latest, today) });
  if (!ends) return { ...span, kind: 'date', interval: cut(interval), range: false };
  if (ends.from.earliest > ends.to.latest) return { ...span, kind: 'problem', problem: invalid({ code: 'reversed-period', text: span.text }) };
  return { ...span, kind: 'date', interval: cut(interval), range: true, ends: { from: cut(ends.from), to: cut(ends.to) } };
}

const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const ISO_YEAR_OR_MONTH = String.raw`(?:19|20)\d{2}(?:-(?:0[1-9]|1[0-2]))?`;
const RANGE_JOIN = String.raw`\s*(?:-|–|—|to|until|till|through)\s*`;
/** "2019–2023", "2023-07 to 2024-02": two years or ISO year-months as one period (chrono reads "07 to 2024-02"). */
const YEAR_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(${ISO_YEAR_OR_MONTH})${RANGE_JOIN}(${ISO_YEAR_OR_MONTH})(?![\p{N}]|-\d)`, 'giu');
/** "Apr–Jun 2026", "Nov-Feb 2026" (November of the year before): two months and the year they end in. */
const MONTH_RANGE = new RegExp(String.raw`\b(${MONTH_NAME})\.?${RANGE_JOIN}(${MONTH_NAME})\.?,?\s+((?:19|20)\d{2})(?![\p{L}\p{N}])`, 'giu');
/**
 * "Mar-24", "Jun '23": a month and a two-digit year, as spreadsheets and notes write a month (chrono takes the 24
 * for a day, and a month-first reading for the 24th). A day is written before its month ("24-Mar"), not after it.
 */
const MONTH_DASH_YEAR = new RegExp(String.raw`(?<!\d[-/.])\b(${MONTH_NAME})\.?(?:-|\s?['’])(\d{2})(?![\p{L}\p{N}]|[-/.]\d)`, 'giu');

/** Dates chrono misreads or does not read, read here and hidden from it. */
function ownReadings(text: string, today: Day): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpMatchArray, interval: () => DayInterval | { from: DayInterval; to: DayInterval }) => {
    if (found.some((f) => m.index! < f.end && f.index < m.index! + m[0].length)) return;
    const span = { index: m.index!, end: m.index! + m[0].length, text: m[0] };
    const read = interval();
    found.push('from' in read ? checked(span, { earliest: read.from.earliest, latest: read.to.latest }, today, read) : checked(span, read, today));
  };
  for (const m of text.matchAll(YEAR_RANGE)) add(m, () => ({ from: partialDateToInterval(m[1]!), to: partialDateToInterval(m[2]!) }));
  for (const m of text.matchAll(MONTH_RANGE)) {
    const [first, last] = [monthNumber(m[1]!), monthNumber(m[2]!)];
    const year = Number(m[3]);
    add(m, () => ({ from: monthOf(first > last ? year - 1 : year, first), to: monthOf(year, last) }));
  }
  for (const m of text.matchAll(MONTH_DASH_YEAR)) add(m, () => monthOf(2000 + Number(m[2]), monthNumber(m[1]!)));
  return found;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function monthOf(year: number, month: number): DayInterval {
  return partialDateToInterval(`${year}-${String(month).padStart(2, '0')}`);
}

/** "2 Nov last year", "March this year": the year named in words, written as its number for chrono. */
const YEAR_IN_WORDS = new RegExp(String.raw`\b((?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH_NAME}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?),?\s+(last|this)\s+year\b`, 'gi');

function withYearNamed(text: TracedText, today: Day): TracedText {
  const year = dateOfDay(today).year;
  return text.replace(YEAR_IN_WORDS, (_, date: string, which: string) => `${date} ${which.toLowerCase() === 'last' ? year - 1 : year}`);
}
