import type { DayInterval, MedicationUse } from '../../domain/factValue';
import type { Day } from '../../dates/calendar';
import { pointInterval } from '../compare';

/**
 * The days a dated event of a medicine may fall on. Unlike a stored DayInterval, a bound may be
 * infinite: a medicine whose start was not given may have been started any time before.
 */
export interface Days {
  earliest: number;
  latest: number;
}

/** When the medicine was last taken: today if still taken, else its stop (any day up to today when the stop date was not given). */
export function endOf(use: MedicationUse, day: Day): Days {
  if (use.current) return pointInterval(day);
  if (use.stopped) return { earliest: use.stopped.earliest, latest: Math.min(use.stopped.latest, day) };
  return { earliest: use.started?.earliest ?? Number.NEGATIVE_INFINITY, latest: day };
}

/**
 * When the medicine was started: not given, any day up to its last day — or up to the earliest day a dose of it
 * is said to have begun ("same dose since March": taken since March at least).
 */
export function startOf(use: MedicationUse, day: Day): Days {
  if (use.started) return use.started;
  const takenBy = takenSince(use);
  return { earliest: Number.NEGATIVE_INFINITY, latest: Math.min(endOf(use, day).latest, takenBy?.latest ?? Number.POSITIVE_INFINITY) };
}

/**
 * For a medicine given without its start: the earliest day a dose of it is said to have begun (its current dose
 * since, or an earlier dose since), by which it was surely taken; undefined when none is said.
 */
export function takenSince(use: MedicationUse): DayInterval | undefined {
  if (use.started) return undefined;
  const begun = [use.doseSince, ...(use.earlierDoses ?? []).map((d) => d.since)].filter((d) => d !== undefined);
  return begun.sort((a, b) => a.latest - b.latest)[0];
}

/**
 * The medicine's last change: a stop, or for a medicine still taken the last dose change. Without a
 * date of the last dose change the dose may have changed any day since the start: never assumed unchanged.
 */
export function lastChangeOf(use: MedicationUse, day: Day): Days {
  if (!use.current) return endOf(use, day);
  return use.doseSince ?? { earliest: startOf(use, day).earliest, latest: day };
}

/** The medicine's last start or stop, its dose changes aside. */
export function lastStartOrStopOf(use: MedicationUse, day: Day): Days {
  return use.current ? startOf(use, day) : endOf(use, day);
}

/** The same days one day earlier: the day before a dose change or a stop. */
export function dayBefore(days: Days): Days {
  return { earliest: days.earliest - 1, latest: days.latest - 1 };
}
