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

/**
 * A stretch of a medicine's use with one daily dose, `undefined` where the dose is not known. A stretch whose
 * start is not known (`somewhere`: an earlier dose said without its date) held on at least one day, which one
 * unknown, from `start.earliest` to `end.latest`.
 */
interface DoseSpan {
  start: Days;
  end: Days;
  dose: NumberInterval | undefined;
  somewhere: boolean;
}

/**
 * The stretches of a use by what is known of its dose: the dose given holds from its last change (from the start
 * when it has not changed since), or only on the last day taken when the last change is not known; earlier doses
 * said hold before it, each until the next began; before the earliest known, the dose is unknown, so an earlier
 * higher dose can never be ruled out by a later lower one.
 */
function doseSpans(use: MedicationUse, day: Day): DoseSpan[] {
  const start = startOf(use, day);
  const end = endOf(use, day);
  const { started, doseSince } = use;
  const sinceStart = started !== undefined && doseSince !== undefined && doseSince.earliest <= started.earliest && doseSince.latest <= started.latest;
  if (sinceStart || (!use.dailyDose && !use.earlierDoses?.length)) return [{ start, end, dose: use.dailyDose, somewhere: false }];
  const knownFrom = doseSince ?? end;
  const spans: DoseSpan[] = [{ start: knownFrom, end, dose: use.dailyDose, somewhere: false }];
  let next: Days = knownFrom;
  for (const earlier of [...(use.earlierDoses ?? [])].reverse()) {
    const until = dayBefore(next);
    if (earlier.since) {
      spans.push({ start: earlier.since, end: until, dose: earlier.dailyDose, somewhere: false });
      next = earlier.since;
    } else {
      // Held on some day between the start and the next change; which days, and what before it, is not known.
      spans.push({ start: { earliest: start.earliest, latest: until.latest }, end: until, dose: earlier.dailyDose, somewhere: true });
      next = { earliest: start.earliest, latest: next.latest };
    }
  }
  const beforeKnown = next.earliest <= start.earliest && next.latest <= start.latest;
  if (!beforeKnown) spans.push({ start, end: dayBefore(next), dose: undefined, somewhere: false });
  return spans;
}

/** The most a use's dose may be on day t, by its highest dose over a period when one was given. */
function capAt(use: MedicationUse, t: number): number {
  const { highest } = use;
  return highest && highest.from <= t && t <= highest.to && highest.dailyDose.high !== undefined ? highest.dailyDose.high : Number.POSITIVE_INFINITY;
}

/**
 * The highest total daily dose of the regimen on any day of `window`, as an interval: concurrent medicines
 * add up. The low end is a total surely reached (medicines surely taken together, doses' low ends); the high
 * end the most it may have been (any medicine possibly taken that day, at its high end, or at most its highest
 * dose over a period given; open if a dose is unknown).
 */
export function peakDailyDose(members: readonly Member[], window: Period, day: Day): NumberInterval {
  const spans = members.flatMap(({ use, certain }) => doseSpans(use, day).map((span) => ({ ...span, use, certain })));
  const inWindow = (t: number) => t >= window.from && t <= window.to;
  const sure = spans.filter((s) => s.certain && s.dose?.low !== undefined);
  const sureAt = (t: number) => sure.reduce((sum, s) => (!s.somewhere && s.start.latest <= t && t <= s.end.earliest ? sum + s.dose!.low! : sum), 0);
  // A span surely overlapping the window, though on no day known in advance (a stop "in September", an earlier dose
  // said without its date but wholly inside the window).
  const sureSomewhere = sure
    .filter((s) => (s.somewhere ? s.start.earliest >= window.from && s.end.latest <= window.to : s.start.latest <= window.to && s.end.earliest >= window.from))
    .map((s) => s.dose!.low!);
  // A highest dose given over a period inside the window was reached in it.
  const reached = members.flatMap(({ use, certain }) => (certain && use.highest && use.highest.from >= window.from && use.highest.to <= window.to && use.highest.dailyDose.low !== undefined ? [use.highest.dailyDose.low] : []));
  const low = Math.max(0, ...sureSomewhere, ...reached, ...[window.from, ...sure.map((s) => s.start.latest)].filter(inWindow).map(sureAt));
  const mostAt = (t: number) =>
    spans.reduce((sum, s) => (s.start.earliest <= t && t <= s.end.latest ? sum + Math.min(s.dose?.high ?? Number.POSITIVE_INFINITY, capAt(s.use, t)) : sum), 0);
  const caps = members.flatMap(({ use }) => (use.highest ? [use.highest.from, use.highest.to + 1] : []));
  const high = Math.max(0, ...[window.from, ...spans.map((s) => s.start.earliest), ...caps].filter(inWindow).map(mostAt));
  return Number.isFinite(high) ? { low, high } : { low };
}

/**
 * The days of `window` on which a member's dose is not known: what its highest dose over the window would settle.
 * True when some stretch of unknown dose may fall in the window and no highest dose given covers it.
 */
export function doseUnknownIn(use: MedicationUse, window: Period, day: Day): boolean {
  return doseSpans(use, day).some((s) => s.dose === undefined && s.start.earliest <= window.to && s.end.latest >= window.from && capAt(use, Math.max(window.from, s.start.earliest)) === Number.POSITIVE_INFINITY);
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
