import type { TrialRecord } from '../domain/trialRecord';
import { daysBefore, partialDateToInterval, type Day } from '../dates/calendar';
import type { StatusReport, StatusWarning } from './result';
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
  const warnings: StatusWarning[] = [];
  if (DOUBTFUL_STATUSES.test(status)) warnings.push({ code: 'doubtful-status', status });
  if (!asOf) warnings.push({ code: 'no-update-date' });
  else if (lastDayOf(asOf.date) < daysBefore(day, 'P12M')) warnings.push({ code: 'old-update', label: asOf.label, date: asOf.date, day });
  for (const completion of record.estimatedCompletion) {
    if (lastDayOf(completion.date) < day) warnings.push({ code: 'completion-passed', label: completion.label, date: completion.date });
  }
  return { recorded: status, ...(asOf ? { asOf } : {}), warnings };
}
