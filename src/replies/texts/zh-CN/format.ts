import { dayParts, durationParts, formatDay, type CalendarDate, type Day } from '../../../dates/calendar';
import type { DayInterval } from '../../../domain/factValue';

/** How Chinese writes lists, quotes, dates and periods in every message. */

/** "甲、乙或丙". */
export function list(items: readonly string[], conjunction: 'or' | 'and' = 'or'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('、')}${conjunction === 'or' ? '或' : '和'}${items.at(-1)}`;
}

export { quote } from '../quote';

const date = ({ year, month, day }: CalendarDate) => `${year}年${month}月${day}日`;

/** The days an interval means: "2026年5月3日", "2026年5月", "2024年", or a range. */
export function days(interval: DayInterval): string {
  const parts = dayParts(interval);
  switch (parts.kind) {
    case 'day':
      return date(parts.date);
    case 'month':
      return `${parts.date.year}年${parts.date.month}月`;
    case 'year':
      return `${parts.date.year}年`;
    case 'range':
      return `${date(parts.from)}至${date(parts.to)}`;
  }
}

/** One day: "2026年5月3日". */
export const day = (d: Day): string => days({ earliest: d, latest: d });

/** An ISO date, as the registry and the referral write it. */
export const isoDay = formatDay;

const durationUnits = { years: '年', months: '个月', weeks: '周', days: '天' } as const;

/** An ISO duration for people: P3M → "3个月", P12W → "12周". */
export function duration(iso: string): string {
  return durationParts(iso).map(({ unit, count }) => `${count}${durationUnits[unit]}`).join('') || iso;
}
