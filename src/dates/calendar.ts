import { DateTime, Duration } from 'luxon';
import type { DayInterval } from '../domain/factValue';

/** Calendar days since 1970-01-01 (UTC): criteria count whole days, so time zones cannot shift a verdict. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(date: DateTime): Day {
  return Math.floor(date.toUTC().startOf('day').toMillis() / MS_PER_DAY);
}

export function dateOfDay(day: Day): DateTime {
  return DateTime.fromMillis(day * MS_PER_DAY, { zone: 'utc' });
}

export function formatDay(day: Day): string {
  return dateOfDay(day).toISODate() ?? String(day);
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD into the days it may mean ("2026-03" is all of March). */
export function partialDateToInterval(text: string): DayInterval {
  const parts = text.split('-');
  const start = DateTime.fromISO(text, { zone: 'utc' });
  if (!start.isValid) throw new Error(`"${text}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  const unit = parts.length === 1 ? 'year' : parts.length === 2 ? 'month' : 'day';
  return { earliest: dayOf(start), latest: dayOf(start.endOf(unit)) };
}

export function parseIsoDay(text: string): Day {
  const date = DateTime.fromISO(text, { zone: 'utc' });
  if (!date.isValid || !/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    throw new Error(`"${text}" is not a calendar date (expected YYYY-MM-DD)`);
  }
  return dayOf(date);
}

/** Entries a cache of calendar work keeps before starting over; the same few dates and cutoffs recur. */
const MAX_REMEMBERED = 10_000;

/** The value for `key`, computed once while the cache holds it. */
function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= MAX_REMEMBERED) cache.clear();
    cache.set(key, (value = compute()));
  }
  return value;
}

// Criteria ask for the same few cutoffs on every evaluation, and luxon's calendar arithmetic takes microseconds.
const cutoffs = new Map<string, Day>();

/** The day `duration` (ISO 8601, calendar-aware: P3M from 31 May is 28 Feb) before `day`. */
export function daysBefore(day: Day, duration: string): Day {
  return remembered(cutoffs, `${day} ${duration}`, () => {
    const parsed = Duration.fromISO(duration);
    if (!parsed.isValid) throw new Error(`"${duration}" is not an ISO 8601 duration`);
    return dayOf(dateOfDay(day).minus(parsed));
  });
}

/** An ISO duration's parts, largest first: P1Y6M → 1 year and 6 months; words for them are each language's. */
export function durationParts(duration: string): { unit: 'years' | 'months' | 'weeks' | 'days'; count: number }[] {
  const parsed = Duration.fromISO(duration);
  return (['years', 'months', 'weeks', 'days'] as const).filter((unit) => parsed.get(unit) !== 0).map((unit) => ({ unit, count: parsed.get(unit) }));
}

/** A calendar date's year, month (1–12) and day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The days an interval means, as a clinician would name them: one day, a whole month, a whole year, or a range
 * from one day to another. Words for them are each language's (src/replies/texts/<locale>/format.ts).
 */
export type DayParts =
  | { kind: 'day'; date: CalendarDate }
  | { kind: 'month'; date: CalendarDate }
  | { kind: 'year'; date: CalendarDate }
  | { kind: 'range'; from: CalendarDate; to: CalendarDate };

// Every explanation names the same few dates again, and luxon's calendar work takes microseconds.
const parts = new Map<string, DayParts>();

export function dayParts(days: DayInterval): DayParts {
  return remembered(parts, `${days.earliest}/${days.latest}`, () => partsOf(days));
}

function partsOf({ earliest, latest }: DayInterval): DayParts {
  const start = dateOfDay(earliest);
  const end = dateOfDay(latest);
  const date = (d: DateTime): CalendarDate => ({ year: d.year, month: d.month, day: d.day });
  if (earliest === latest) return { kind: 'day', date: date(start) };
  if (start.hasSame(end, 'year') && start.ordinal === 1 && end.ordinal === end.daysInYear) return { kind: 'year', date: date(start) };
  if (start.hasSame(end, 'month') && start.day === 1 && end.day === end.daysInMonth) return { kind: 'month', date: date(start) };
  return { kind: 'range', from: date(start), to: date(end) };
}
