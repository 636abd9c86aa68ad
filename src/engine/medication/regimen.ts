import type { MedicationUse, NumberInterval } from '../../domain/factValue';
import type { Day } from '../../dates/calendar';
import { dayBefore, endOf, startOf, type Days } from './useTimes';

/** A medicine of a regimen; `certain` when the rule's selection surely takes it (not when, say, its route is unknown). */
export interface Member {
  use: MedicationUse;
  certain: boolean;
}

/** The days of a period [from, to]; an open start is -Infinity. */
export interface Period {
  from: number;
  to: number;
}

/** A stretch of a medicine's use with one daily dose, `undefined` where the dose is not known. */
interface DoseSpan {
  start: Days;
  end: Days;
  dose: NumberInterval | undefined;
}

/**
 * The stretches of a use by what is known of its dose: the dose given holds from its last change (from the
 * start when it has not changed since), or only on the last day taken when the last change is not known;
 * before that the dose is unknown, so an earlier higher dose can never be ruled out by a later lower one.
 */
function doseSpans(use: MedicationUse, day: Day): DoseSpan[] {
  const start = startOf(use, day);
  const end = endOf(use, day);
  if (!use.dailyDose) return [{ start, end, dose: undefined }];
  const { started, doseSince } = use;
  const sinceStart = started !== undefined && doseSince !== undefined && doseSince.earliest <= started.earliest && doseSince.latest <= started.latest;
  if (sinceStart) return [{ start, end, dose: use.dailyDose }];
  const knownFrom = doseSince ?? end;
  return [
    { start: knownFrom, end, dose: use.dailyDose },
    { start, end: dayBefore(knownFrom), dose: undefined },
  ];
}

/**
 * The highest total daily dose of the regimen on any day of `window`, as an interval: concurrent medicines
 * add up. The low end is a total surely reached (medicines surely taken together, doses' low ends); the high
 * end the most it may have been (any medicine possibly taken that day, at its high end; open if a dose is unknown).
 */
export function peakDailyDose(members: readonly Member[], window: Period, day: Day): NumberInterval {
  const spans = members.flatMap(({ use, certain }) => doseSpans(use, day).map((span) => ({ ...span, certain })));
  const inWindow = (t: number) => t >= window.from && t <= window.to;
  const sure = spans.filter((s) => s.certain && s.dose?.low !== undefined);
  const sureAt = (t: number) => sure.reduce((sum, s) => (s.start.latest <= t && t <= s.end.earliest ? sum + s.dose!.low! : sum), 0);
  // A span surely overlapping the window, though on no day known in advance (a stop "in September").
  const sureSomewhere = sure.filter((s) => s.start.latest <= window.to && s.end.earliest >= window.from).map((s) => s.dose!.low!);
  const low = Math.max(0, ...sureSomewhere, ...[window.from, ...sure.map((s) => s.start.latest)].filter(inWindow).map(sureAt));
  const mostAt = (t: number) => spans.reduce((sum, s) => (s.start.earliest <= t && t <= s.end.latest ? sum + (s.dose?.high ?? Number.POSITIVE_INFINITY) : sum), 0);
  const high = Math.max(0, ...[window.from, ...spans.map((s) => s.start.earliest)].filter(inWindow).map(mostAt));
  return Number.isFinite(high) ? { low, high } : { low };
}

/**
 * The time the regimen was taken, as days from a first to a last day (so one medicine alone measures as
 * its `takenFor` does): the days on which at least one of its medicines was taken, added up, less one (a
 * switch from one drug to another continues the treatment; a gap between them does not count). At least
 * the days surely taken, at most those possibly taken.
 */
export function daysTaken(members: readonly Member[], day: Day): NumberInterval {
  const sure: Period[] = [];
  const possible: Period[] = [];
  for (const { use, certain } of members) {
    const start = startOf(use, day);
    const end = endOf(use, day);
    if (certain && start.latest <= end.earliest) sure.push({ from: start.latest, to: end.earliest });
    possible.push({ from: start.earliest, to: end.latest });
  }
  const elapsed = (periods: Period[]) => Math.max(0, daysIn(periods) - 1);
  const high = elapsed(possible);
  return Number.isFinite(high) ? { low: elapsed(sure), high } : { low: elapsed(sure) };
}

/** How many days the periods cover, each counted once. */
function daysIn(periods: Period[]): number {
  const sorted = [...periods].sort((a, b) => a.from - b.from);
  let total = 0;
  let run: Period | undefined;
  for (const p of sorted) {
    if (run && p.from <= run.to + 1) {
      run.to = Math.max(run.to, p.to);
      continue;
    }
    if (run) total += run.to - run.from + 1;
    run = { ...p };
  }
  return run ? total + run.to - run.from + 1 : 0;
}
