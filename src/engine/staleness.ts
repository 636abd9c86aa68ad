import type { TrialRecord } from '../domain/trialRecord';
import { daysBefore, formatDay, partialDateToInterval, type Day } from '../dates/calendar';
import type { StatusReport } from './result';

const CONFIRM = 'status may be out of date — confirm with the contact';
/** Registry statuses that say the record itself is not current. */
const DOUBTFUL_STATUSES = /unknown/i;

// A catalog repeats few dates, and parsing one with luxon takes microseconds.
const lastDays = new Map<string, Day>();

function lastDayOf(date: string): Day {
  let last = lastDays.get(date);
  if (last === undefined) {
    last = partialDateToInterval(date).latest;
    lastDays.set(date, last);
  }
  return last;
}

/** The recruitment status as recorded, with a warning whenever the record may no longer be true. */
export function statusReport(record: TrialRecord, day: Day): StatusReport {
  const { status, asOf } = record.recruitment;
  const warnings: string[] = [];
  if (DOUBTFUL_STATUSES.test(status)) warnings.push(`the registry lists the status as "${status}": ${CONFIRM}`);
  if (!asOf) {
    warnings.push(`the source gives no date of last update or verification: ${CONFIRM}`);
  } else if (lastDayOf(asOf.date) < daysBefore(day, 'P12M')) {
    warnings.push(`${asOf.label} ${asOf.date}, more than 12 months before ${formatDay(day)}: ${CONFIRM}`);
  }
  for (const completion of record.estimatedCompletion) {
    if (lastDayOf(completion.date) < day) {
      warnings.push(`${completion.label} (${completion.date}) has passed: ${CONFIRM}`);
    }
  }
  return { recorded: status, ...(asOf ? { asOf } : {}), warnings };
}
