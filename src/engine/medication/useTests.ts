import type { MedicationFact } from '../../domain/factDefinition';
import type { MedicationUse } from '../../domain/factValue';
import type { ElapsedTest, MedicationLeaf } from '../../domain/rule';
import { daysBefore, type Day } from '../../dates/calendar';
import { RuleError, toCanonical, type Vocabulary } from '../compileContext';
import { compareElapsed, compareInterval, inRange, pointInterval } from '../compare';
import { truthOf, type Truth } from '../truth';
import { endOf, lastChangeOf, lastStartOrStopOf, startOf, type Days } from './useTimes';

/** A test of one medicine on the evaluation day. */
export type UseTest = (use: MedicationUse, day: Day) => Truth;

/** Time from `from` to the evaluation day (or to `to`), against an elapsed test. */
const elapsed = (from: Days, test: ElapsedTest, day: Day, to: Days = pointInterval(day)): Truth =>
  // An end with no date at all (a medicine stopped, when not said, and started, when not said) leaves any length possible.
  Number.isFinite(to.earliest) ? compareElapsed(from, to, test.op, test.duration) : 'unknown';

/** The selectors that pick which medicines a rule is about: by drug, class and route. */
export function whichMedicines(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UseTest[] {
  const { drugs, classes, routes } = leaf.select;
  const selectors: UseTest[] = [];
  if (drugs) {
    drugs.forEach((code, i) => {
      const drug = vocabulary.drugs.get(code);
      if (!drug) throw new RuleError(`${path}.drugs[${i}]`, `unknown drug "${code}" (not in drugs.yaml)`);
      if (!drug.classes.some((c) => fact.classes.includes(c))) {
        throw new RuleError(`${path}.drugs[${i}]`, `drug "${code}" is not in the classes of fact "${fact.id}" (${fact.classes.join(', ')})`);
      }
    });
    const wanted = new Set(drugs);
    selectors.push((use) => truthOf(wanted.has(use.drug)));
  }
  if (classes) {
    const covered = new Set([...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c))).flatMap((d) => d.classes));
    classes.forEach((c, i) => {
      if (!covered.has(c)) throw new RuleError(`${path}.classes[${i}]`, `no drug of fact "${fact.id}" has class "${c}"`);
    });
    selectors.push((use) => truthOf(vocabulary.drugs.get(use.drug)?.classes.some((c) => classes.includes(c)) ?? false));
  }
  if (routes) selectors.push((use) => (use.route === undefined ? 'unknown' : truthOf(routes.includes(use.route))));
  return selectors;
}

/** The selectors of when a medicine was taken: now, or within a period. */
export function whenTaken(leaf: MedicationLeaf): UseTest[] {
  const { current, takenWithin } = leaf.select;
  const selectors: UseTest[] = [];
  if (current) selectors.push((use) => truthOf(use.current));
  if (takenWithin) {
    selectors.push((use, day) => {
      const cutoff = daysBefore(day, takenWithin);
      const end = endOf(use, day);
      return end.earliest >= cutoff ? 'true' : end.latest < cutoff ? 'false' : 'unknown';
    });
  }
  return selectors;
}

/** The daily dose test as a check of a dose interval, thresholds converted to the fact's dose unit once. */
export function doseCheck(leaf: MedicationLeaf, fact: MedicationFact, path: string): ((dose: MedicationUse['dailyDose']) => Truth) | undefined {
  const { dailyDose } = leaf.test;
  if (!dailyDose) return undefined;
  const unitPath = `${path}.dailyDose.unit`;
  if ('between' in dailyDose) {
    const [min, max] = dailyDose.between.map((v) => toCanonical(v, dailyDose.unit, fact.doseUnit, [], unitPath)) as [number, number];
    return (dose) => (dose ? inRange(dose, min, max) : 'unknown');
  }
  const threshold = toCanonical(dailyDose.value, dailyDose.unit, fact.doseUnit, [], unitPath);
  return (dose) => (dose ? compareInterval(dose, dailyDose.op, threshold) : 'unknown');
}

type TimingTestName = 'stableFor' | 'sameMedicinesFor' | 'takenFor' | 'firstTakenAgo' | 'stoppedForHalfLives';

/** Each timing test of the rule, for one medicine: unchanged, same medicines, taken for, first taken, stopped for half-lives. */
export function timingTests(leaf: MedicationLeaf, vocabulary: Vocabulary): Partial<Record<TimingTestName, UseTest>> {
  const { stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives } = leaf.test;
  return {
    ...(stableFor ? { stableFor: (use: MedicationUse, day: Day) => elapsed(lastChangeOf(use, day), stableFor, day) } : {}),
    ...(sameMedicinesFor ? { sameMedicinesFor: (use: MedicationUse, day: Day) => elapsed(lastStartOrStopOf(use, day), sameMedicinesFor, day) } : {}),
    ...(takenFor ? { takenFor: (use: MedicationUse, day: Day) => elapsed(startOf(use, day), takenFor, day, endOf(use, day)) } : {}),
    ...(firstTakenAgo ? { firstTakenAgo: (use: MedicationUse, day: Day) => elapsed(startOf(use, day), firstTakenAgo, day) } : {}),
    ...(stoppedForHalfLives ? { stoppedForHalfLives: washout(stoppedForHalfLives, vocabulary) } : {}),
  };
}

/** Stopped for more (or less) than `count` half-lives of the drug. */
function washout({ op, count }: NonNullable<MedicationLeaf['test']['stoppedForHalfLives']>, vocabulary: Vocabulary): UseTest {
  return (use, day) => {
    // A medicine still taken has not been stopped at all: it fails a washout whatever its half-life.
    if (use.current) return truthOf(op === '<' || op === '<=');
    const hours = vocabulary.drugs.get(use.drug)?.halfLifeHours?.value;
    if (hours === undefined || !use.stopped) return 'unknown';
    const stoppedDays = { low: day - Math.min(use.stopped.latest, day), high: day - use.stopped.earliest };
    return compareInterval(stoppedDays, op, (count * hours) / 24);
  };
}
