import { formatDay, type Day } from '../dates/calendar';

/** The first day kept: rows more than `days` days old on `today` are dropped. */
export function oldestKeptDay(today: Day, days: number): Day {
  return today - days;
}

/** oldestKeptDay as YYYY-MM-DD, as rows hold their dates: dates compare as text. */
export function oldestKeptDate(today: Day, days: number): string {
  return formatDay(oldestKeptDay(today, days));
}

/** The later of two dates, the second possibly absent. */
export function laterDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}
