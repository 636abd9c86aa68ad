import { DateTime } from 'luxon';
import { dayOf, type Day } from './dates/calendar';

/** Today's calendar day; injected so screenings in tests are judged on a fixed date. */
export type Clock = () => Day;

export const systemClock: Clock = () => dayOf(DateTime.utc());

export function fixedClock(day: Day): Clock {
  return () => day;
}

/** Idle lifetimes are configured in hours; stores and timers count milliseconds. */
export const HOUR_MS = 3_600_000;
