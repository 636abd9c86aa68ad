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

/** The details of a medicine's answer a test can read. */
export type UseDetail = 'started' | 'stopped' | 'dose' | 'doseSince' | 'route';

/** A test with the details of a medicine it reads: when the test is unknown, those the answer lacks are what to ask. */
export interface UseCheck {
  test: UseTest;
  reads: (use: MedicationUse) => readonly UseDetail[];
}

/** Time from `from` to the evaluation day (or to `to`), against an elapsed test. */
const elapsed = (from: Days, test: ElapsedTest, day: Day, to: Days = pointInterval(day)): Truth =>
  // An end with no date at all (a medicine stopped, when not said, and started, when not said) leaves any length possible.
  Number.isFinite(to.earliest) ? compareElapsed(from, to, test.op, test.duration) : 'unknown';

const reading =
  (...details: UseDetail[]) =>
  () =>
    details;
/** A medicine still taken changes by its dose; one stopped, by its stop. */
const lastChangeDetail = (use: MedicationUse): readonly UseDetail[] => [use.current ? 'doseSince' : 'stopped'];
const startOrStop = (use: MedicationUse): readonly UseDetail[] => [use.current ? 'started' : 'stopped'];
const stopOnly = (use: MedicationUse): readonly UseDetail[] => (use.current ? [] : ['stopped']);

/** The selectors that pick which medicines a rule is about: by drug, class and route. */
export function whichMedicines(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UseCheck[] {
  const { drugs, classes, routes } = leaf.select;
  const selectors: UseCheck[] = [];
  if (drugs) {
    drugs.forEach((code, i) => {
      const drug = vocabulary.drugs.get(code);
      if (!drug) throw new RuleError(`${path}.drugs[${i}]`, `unknown drug "${code}" (not in drugs.yaml)`);
      if (!drug.classes.some((c) => fact.classes.includes(c))) {
        throw new RuleError(`${path}.drugs[${i}]`, `drug "${code}" is not in the classes of fact "${fact.id}" (${fact.classes.join(', ')})`);
      }
    });
    const wanted = new Set(drugs);
    selectors.push({ test: (use) => truthOf(wanted.has(use.drug)), reads: reading() });
  }
  if (classes) {
    const covered = new Set([...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c))).flatMap((d) => d.classes));
    classes.forEach((c, i) => {
      if (!covered.has(c)) throw new RuleError(`${path}.classes[${i}]`, `no drug of fact "${fact.id}" has class "${c}"`);
    });
    selectors.push({ test: (use) => truthOf(vocabulary.drugs.get(use.drug)?.classes.some((c) => classes.includes(c)) ?? false), reads: reading() });
  }
  if (routes) selectors.push({ test: (use) => (use.route === undefined ? 'unknown' : truthOf(routes.includes(use.route))), reads: reading('route') });
  return selectors;
}

/** The selectors of when a medicine was taken: now, or within a period. */
export function whenTaken(leaf: MedicationLeaf): UseCheck[] {
  const { current, takenWithin } = leaf.select;
  const selectors: UseCheck[] = [];
  if (current) selectors.push({ test: (use) => truthOf(use.current), reads: reading() });
  if (takenWithin) {
    selectors.push({
      test: (use, day) => {
        const cutoff = daysBefore(day, takenWithin);
        const end = endOf(use, day);
        return end.earliest >= cutoff ? 'true' : end.latest < cutoff ? 'false' : 'unknown';
      },
      reads: stopOnly,
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
export function timingTests(leaf: MedicationLeaf, vocabulary: Vocabulary): Partial<Record<TimingTestName, UseCheck>> {
  const { stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives } = leaf.test;
  return {
    ...(stableFor ? { stableFor: { test: (use: MedicationUse, day: Day) => elapsed(lastChangeOf(use, day), stableFor, day), reads: lastChangeDetail } } : {}),
    ...(sameMedicinesFor
      ? { sameMedicinesFor: { test: (use: MedicationUse, day: Day) => elapsed(lastStartOrStopOf(use, day), sameMedicinesFor, day), reads: startOrStop } }
      : {}),
    ...(takenFor
      ? { takenFor: { test: (use: MedicationUse, day: Day) => elapsed(startOf(use, day), takenFor, day, endOf(use, day)), reads: (use: MedicationUse) => ['started', ...stopOnly(use)] as const } }
      : {}),
    ...(firstTakenAgo ? { firstTakenAgo: { test: (use: MedicationUse, day: Day) => elapsed(startOf(use, day), firstTakenAgo, day), reads: reading('started') } } : {}),
    ...(stoppedForHalfLives ? { stoppedForHalfLives: { test: washout(stoppedForHalfLives, vocabulary), reads: stopOnly } } : {}),
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

const imprecise = (days: { earliest: number; latest: number } | undefined) => !days || days.earliest !== days.latest;

/** Whether the answer lacks a detail, or gives it only roughly ("2025", a dose "10–20 mg"). */
export function lacks(use: MedicationUse, detail: UseDetail): boolean {
  switch (detail) {
    case 'started':
      return imprecise(use.started);
    case 'stopped':
      return !use.current && imprecise(use.stopped);
    case 'doseSince':
      return use.current && imprecise(use.doseSince);
    case 'dose':
      return !use.dailyDose || use.dailyDose.low !== use.dailyDose.high;
    case 'route':
      return use.route === undefined;
  }
}
