import { dayParts, durationParts, formatDay, type CalendarDate, type Day } from '../../../dates/calendar';
import type { DayInterval } from '../../../domain/factValue';

/** How English writes lists, quotes, dates and periods in every message. */

/** "a, b or c". */
export function list(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

export { quote } from '../quote';

export const capitalised = (text: string): string => text.replace(/^./, (c) => c.toUpperCase());

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const date = ({ year, month, day }: CalendarDate) => `${day} ${MONTHS[month - 1]} ${year}`;

/** The days an interval means, as a clinician would say them: "3 May 2026", "May 2026", "2024", or a range. */
export function days(interval: DayInterval): string {
  const parts = dayParts(interval);
  switch (parts.kind) {
    case 'day':
      return date(parts.date);
    case 'month':
      return `${MONTHS[parts.date.month - 1]} ${parts.date.year}`;
    case 'year':
      return String(parts.date.year);
    case 'range':
      return `${date(parts.from)} to ${date(parts.to)}`;
  }
}

/** One day: "3 May 2026". */
export const day = (d: Day): string => days({ earliest: d, latest: d });

/** An ISO date, as the registry and the referral write it. */
export const isoDay = formatDay;

/** An ISO duration for people: P3M → "3 months", P12W → "12 weeks". */
export function duration(iso: string): string {
  return durationParts(iso).map(({ unit, count }) => `${count} ${count === 1 ? unit.slice(0, -1) : unit}`).join(' ') || iso;
}
