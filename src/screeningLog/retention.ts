import { formatDay, type Day } from '../dates/calendar';

/** The first date kept: rows more than `days` days old on `today` are dropped. Dates compare as text. */
export function oldestKeptDate(today: Day, days: number): string {
  return formatDay(today - days);
}

/** The later of two dates, the second possibly absent. */
export function laterDate(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a;
}
