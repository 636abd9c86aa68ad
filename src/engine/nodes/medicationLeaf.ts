import type { MedicationFact } from '../../domain/factDefinition';
import type { MedicationUse } from '../../domain/factValue';
import type { MedicationLeaf } from '../../domain/rule';
import { daysBefore, describeDuration, type Day } from '../../dates/calendar';
import type { CompiledNode } from '../compiledNode';
import { comparatorSymbols, comparatorWords, factOfType, RuleError, toCanonical, type Vocabulary } from '../compileContext';
import { compareElapsed, compareInterval, inRange, pointInterval } from '../compare';
import { doseUnitText } from '../describeValue';
import { leafNode } from './leaf';
import { both, either, not, quantify, truthOf, type Truth } from '../truth';

type UseTest = (use: MedicationUse, day: Day) => Truth;

/**
 * Tests the medicines of a medication answer. Each part of a medicine the clinician did not give
 * (dose, route, dates) is unknown, so it can neither exclude nor include on its own.
 */
export function compileMedicationLeaf(leaf: MedicationLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.medication, 'medication', `${path}.medication`);
  const selectors = compileSelectors(leaf, fact, vocabulary, `${path}.select`);
  const tests = compileTests(leaf, fact, vocabulary, `${path}.test`);
  const test = describeLeaf(leaf, fact, vocabulary);
  const some = leaf.quantifier === 'some';
  const useTruth = (use: MedicationUse, day: Day): Truth => {
    const at = { use, day };
    const selected = quantify('all', selectors, applyTo, at);
    const passes = quantify('all', tests, applyTo, at);
    return some ? both(selected, passes) : either(not(selected), passes);
  };
  // "some": any use that is selected and passes; "every": each use not selected, or passing.
  return leafNode(vocabulary, fact, test, (value, patient) =>
    value.kind === 'medication' ? quantify(some ? 'any' : 'all', value.uses, useTruth, patient.day) : 'unknown',
  );
}

const applyTo = (check: UseTest, { use, day }: { use: MedicationUse; day: Day }): Truth => check(use, day);

function compileSelectors(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UseTest[] {
  const { drugs, classes, routes, current, takenWithin } = leaf.select;
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
    const covered = new Set(
      [...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c))).flatMap((d) => d.classes),
    );
    classes.forEach((c, i) => {
      if (!covered.has(c)) throw new RuleError(`${path}.classes[${i}]`, `no drug of fact "${fact.id}" has class "${c}"`);
    });
    selectors.push((use) => truthOf(vocabulary.drugs.get(use.drug)?.classes.some((c) => classes.includes(c)) ?? false));
  }
  if (routes) selectors.push((use) => (use.route === undefined ? 'unknown' : truthOf(routes.includes(use.route))));
  if (current) selectors.push((use) => truthOf(use.current));
  if (takenWithin) {
    selectors.push((use, day) => {
      if (use.current) return 'true';
      if (!use.stopped) return 'unknown';
      const cutoff = daysBefore(day, takenWithin);
      return use.stopped.earliest >= cutoff ? 'true' : use.stopped.latest < cutoff ? 'false' : 'unknown';
    });
  }
  return selectors;
}

function compileTests(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UseTest[] {
  const { dailyDose, stableFor, takenFor, stoppedForHalfLives } = leaf.test;
  const tests: UseTest[] = [];
  if (dailyDose) {
    const unitPath = `${path}.dailyDose.unit`;
    if ('between' in dailyDose) {
      const [min, max] = dailyDose.between.map((v) => toCanonical(v, dailyDose.unit, fact.doseUnit, [], unitPath)) as [number, number];
      tests.push((use) => (use.dailyDose ? inRange(use.dailyDose, min, max) : 'unknown'));
    } else {
      const threshold = toCanonical(dailyDose.value, dailyDose.unit, fact.doseUnit, [], unitPath);
      tests.push((use) => (use.dailyDose ? compareInterval(use.dailyDose, dailyDose.op, threshold) : 'unknown'));
    }
  }
  if (stableFor) {
    tests.push((use, day) => {
      const since = use.doseSince ?? use.started;
      return since ? compareElapsed(since, pointInterval(day), stableFor.op, stableFor.duration) : 'unknown';
    });
  }
  if (takenFor) {
    tests.push((use, day) => {
      const end = use.current ? pointInterval(day) : use.stopped;
      return use.started && end ? compareElapsed(use.started, end, takenFor.op, takenFor.duration) : 'unknown';
    });
  }
  if (stoppedForHalfLives) {
    tests.push((use, day) => {
      const hours = vocabulary.drugs.get(use.drug)?.halfLifeHours?.value;
      if (hours === undefined) return 'unknown';
      const needed = (stoppedForHalfLives.count * hours) / 24;
      if (use.current) return compareInterval({ low: 0, high: 0 }, stoppedForHalfLives.op, needed);
      if (!use.stopped) return 'unknown';
      return compareInterval({ low: day - use.stopped.latest, high: day - use.stopped.earliest }, stoppedForHalfLives.op, needed);
    });
  }
  return tests;
}

/** Reads a medication test for a clinician, e.g. "Corticosteroids: any taken within the last 3 months with a daily dose > 10 mg/day". */
function describeLeaf(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary): string {
  const { drugs, classes, routes, current, takenWithin } = leaf.select;
  const { dailyDose, stableFor, takenFor, stoppedForHalfLives } = leaf.test;
  const narrowedTo = drugs
    ? drugs.map((d) => vocabulary.drugs.get(d)?.label ?? d).join(' or ')
    : classes?.join(' or ').replaceAll('_', ' ');
  const selection = [
    routes ? routes.join(' or ') : '',
    current ? 'taken now' : '',
    takenWithin ? `taken within the last ${describeDuration(takenWithin)}` : '',
  ].filter(Boolean);
  const doseUnit = (unit: string) => (unit === fact.doseUnit ? doseUnitText(fact) : unit);
  const requirements = [
    dailyDose
      ? 'between' in dailyDose
        ? `a daily dose of ${dailyDose.between[0]}–${dailyDose.between[1]} ${doseUnit(dailyDose.unit)}`
        : `a daily dose ${comparatorSymbols[dailyDose.op]} ${dailyDose.value} ${doseUnit(dailyDose.unit)}`
      : '',
    stableFor ? `an unchanged dose for ${comparatorWords[stableFor.op]} ${describeDuration(stableFor.duration)}` : '',
    takenFor ? `${comparatorWords[takenFor.op]} ${describeDuration(takenFor.duration)} of use` : '',
    stoppedForHalfLives ? `a stop ${comparatorWords[stoppedForHalfLives.op]} ${stoppedForHalfLives.count} half-lives ago` : '',
  ].filter(Boolean);
  const subject = `${fact.label}${narrowedTo ? ` (${narrowedTo})` : ''}`;
  const which = leaf.quantifier === 'some' ? 'any' : 'each one';
  const link = leaf.quantifier === 'some' ? 'with' : 'needs';
  return [`${subject}: ${which}`, ...selection, ...(requirements.length ? [link, requirements.join(' and ')] : [])].join(' ');
}
