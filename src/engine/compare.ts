import type { Comparator } from '../domain/rule';
import type { DayInterval, NumberInterval } from '../domain/factValue';
import { daysBefore, type Day } from '../dates/calendar';
import { decide, type Truth } from './truth';

/** A value known only within [low, high] passes when all of it passes, fails when none of it does. */
export function compareInterval(value: NumberInterval, op: Comparator, threshold: number): Truth {
  const { low, high } = bounds(value);
  switch (op) {
    case '<':
      return decide(high < threshold, low >= threshold);
    case '<=':
      return decide(high <= threshold, low > threshold);
    case '>':
      return decide(low > threshold, high <= threshold);
    case '>=':
      return decide(low >= threshold, high < threshold);
  }
}

/** Both ends are included: a range written "30–100" passes at 30 and at 100. */
export function inRange(value: NumberInterval, min: number, max: number): Truth {
  const { low, high } = bounds(value);
  return decide(low >= min && high <= max, high < min || low > max);
}

/** An open bound reaches to infinity. */
function bounds(value: NumberInterval): { low: number; high: number } {
  return { low: value.low ?? Number.NEGATIVE_INFINITY, high: value.high ?? Number.POSITIVE_INFINITY };
}

/**
 * Compares the time from `from` to `to` with a calendar duration ("at least 3 months"),
 * by moving the duration onto the calendar: elapsed ≥ P3M ⟺ from ≤ to − 3 months.
 */
export function compareElapsed(from: DayInterval, to: DayInterval, op: Comparator, duration: string): Truth {
  const cutoffEarly = daysBefore(to.earliest, duration);
  const cutoffLate = daysBefore(to.latest, duration);
  switch (op) {
    case '>=':
      return decide(from.latest <= cutoffEarly, from.earliest > cutoffLate);
    case '>':
      return decide(from.latest < cutoffEarly, from.earliest >= cutoffLate);
    case '<=':
      return decide(from.earliest >= cutoffLate, from.latest < cutoffEarly);
    case '<':
      return decide(from.earliest > cutoffLate, from.latest <= cutoffEarly);
  }
}

export function pointInterval(day: Day): DayInterval {
  return { earliest: day, latest: day };
}
