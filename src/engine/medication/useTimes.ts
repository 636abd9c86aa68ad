import type { MedicationUse } from '../../domain/factValue';
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

/** When the medicine was started: not given, any day up to its last day. */
export function startOf(use: MedicationUse, day: Day): Days {
  return use.started ?? { earliest: Number.NEGATIVE_INFINITY, latest: endOf(use, day).latest };
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
