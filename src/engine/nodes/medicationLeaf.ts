import type { MedicationFact } from '../../domain/factDefinition';
import type { MedicationUse } from '../../domain/factValue';
import type { MedicationLeaf } from '../../domain/rule';
import { daysBefore, describeDuration, type Day } from '../../dates/calendar';
import type { CompiledNode } from '../compiledNode';
import { comparatorSymbols, comparatorWords, factOfType, RuleError, type Vocabulary } from '../compileContext';
import { doseUnitText } from '../describeValue';
import { daysTaken, peakDailyDose, type Member, type Period } from '../medication/regimen';
import { doseCheck, timingTests, whenTaken, whichMedicines, type UseTest } from '../medication/useTests';
import { leafNode } from './leaf';
import { compareInterval } from '../compare';
import { both, either, not, quantify, type Truth } from '../truth';

/**
 * Tests the medicines of a medication answer. Each part of a medicine the clinician did not give
 * (dose, route, dates) is unknown, so it can neither exclude nor include on its own.
 */
export function compileMedicationLeaf(leaf: MedicationLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.medication, 'medication', `${path}.medication`);
  const decide = leaf.quantifier === 'combined' ? regimenTest(leaf, fact, vocabulary, path) : eachUseTest(leaf, fact, vocabulary, path);
  return leafNode(vocabulary, fact, describeLeaf(leaf, fact, vocabulary), (value, patient) =>
    value.kind === 'medication' ? decide(value.uses, patient.day) : 'unknown',
  );
}

type UsesTest = (uses: readonly MedicationUse[], day: Day) => Truth;
const applyTo = (check: UseTest, { use, day }: { use: MedicationUse; day: Day }): Truth => check(use, day);

/** `some`: any use that is selected and passes; `every`: each use not selected, or passing. */
function eachUseTest(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UsesTest {
  const selectors = [...whichMedicines(leaf, fact, vocabulary, `${path}.select`), ...whenTaken(leaf)];
  const dose = doseCheck(leaf, fact, `${path}.test`);
  const tests: UseTest[] = [...(dose ? [(use: MedicationUse) => dose(use.dailyDose)] : []), ...Object.values(timingTests(leaf, vocabulary))];
  const some = leaf.quantifier === 'some';
  const useTruth = (use: MedicationUse, day: Day): Truth => {
    const at = { use, day };
    const selected = quantify('all', selectors, applyTo, at);
    const passes = quantify('all', tests, applyTo, at);
    return some ? both(selected, passes) : either(not(selected), passes);
  };
  return (uses, day) => quantify(some ? 'any' : 'all', uses, useTruth, day);
}

/**
 * The selected medicines as one regimen. Its dose is the total taken on the same day, at its highest in the
 * period `current` (today) or `takenWithin` names; it is stable when none of its medicines started, changed or
 * stopped within the time (whether taken now or not); its length of use adds up the days any was taken;
 * it was first taken when its earliest medicine was.
 */
function regimenTest(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): UsesTest {
  const { current, takenWithin } = leaf.select;
  if (current && takenWithin) throw new RuleError(`${path}.select`, 'a combined regimen is read either now (current) or over a period (takenWithin), not both');
  const { stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives, dailyDose } = leaf.test;
  if (stoppedForHalfLives) throw new RuleError(`${path}.test.stoppedForHalfLives`, 'a washout is per medicine: use quantifier "every"');
  if (!dailyDose && !stableFor && !sameMedicinesFor && !takenFor && !firstTakenAgo) throw new RuleError(`${path}.test`, 'a combined regimen needs a test');
  const selectors = whichMedicines(leaf, fact, vocabulary, `${path}.select`);
  const dose = doseCheck(leaf, fact, `${path}.test`);
  const timing = timingTests(leaf, vocabulary);
  const stability = [timing.stableFor, timing.sameMedicinesFor].filter((t) => t !== undefined);
  const firstTaken = timing.firstTakenAgo;
  const period = (day: Day): Period => ({ from: current ? day : takenWithin ? daysBefore(day, takenWithin) : Number.NEGATIVE_INFINITY, to: day });
  return (uses, day) => {
    const members: Member[] = [];
    for (const use of uses) {
      const selected = quantify('all', selectors, applyTo, { use, day });
      if (selected !== 'false') members.push({ use, certain: selected === 'true' });
    }
    const checks: Truth[] = [
      dose ? dose(peakDailyDose(members, period(day), day)) : 'true',
      takenFor ? compareInterval(daysTaken(members, day), takenFor.op, day - daysBefore(day, takenFor.duration)) : 'true',
      // Stable: no medicine of the regimen changed (one that may not belong to it and changed leaves this open);
      // first taken: any that surely belongs was.
      quantify('all', members, ({ use, certain }) => either(certain ? 'false' : 'unknown', quantify('all', stability, applyTo, { use, day })), undefined),
      firstTaken ? quantify('any', members, ({ use, certain }) => both(certain ? 'true' : 'unknown', firstTaken(use, day)), undefined) : 'true',
    ];
    return quantify('all', checks, (t) => t, undefined);
  };
}

/** Reads a medication test for a clinician, e.g. "Corticosteroids: any taken within the last 3 months with a daily dose > 10 mg/day". */
function describeLeaf(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary): string {
  const { drugs, classes, routes, current, takenWithin } = leaf.select;
  const { dailyDose, stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives } = leaf.test;
  const combined = leaf.quantifier === 'combined';
  const narrowedTo = drugs ? drugs.map((d) => vocabulary.drugs.get(d)?.label ?? d).join(' or ') : classes?.join(' or ').replaceAll('_', ' ');
  const selection = combined
    ? [routes ? routes.join(' or ') : '']
    : [routes ? routes.join(' or ') : '', current ? 'taken now' : '', takenWithin ? `taken within the last ${describeDuration(takenWithin)}` : ''];
  const doseUnit = (unit: string) => (unit === fact.doseUnit ? doseUnitText(fact) : unit);
  const doseWords = combined ? `a total daily dose${current ? ' now' : takenWithin ? ` at any time in the last ${describeDuration(takenWithin)}` : ''}` : 'a daily dose';
  const requirements = [
    dailyDose
      ? 'between' in dailyDose
        ? `${doseWords} of ${dailyDose.between[0]}–${dailyDose.between[1]} ${doseUnit(dailyDose.unit)}`
        : `${doseWords} ${comparatorSymbols[dailyDose.op]} ${dailyDose.value} ${doseUnit(dailyDose.unit)}`
      : '',
    stableFor ? `no start, stop or dose change for ${comparatorWords[stableFor.op]} ${describeDuration(stableFor.duration)}` : '',
    sameMedicinesFor ? `no medicine started or stopped for ${comparatorWords[sameMedicinesFor.op]} ${describeDuration(sameMedicinesFor.duration)}` : '',
    takenFor ? `${comparatorWords[takenFor.op]} ${describeDuration(takenFor.duration)} of use${combined ? ' in all' : ''}` : '',
    firstTakenAgo ? `first taken ${comparatorWords[firstTakenAgo.op]} ${describeDuration(firstTakenAgo.duration)} ago` : '',
    stoppedForHalfLives ? `a stop ${comparatorWords[stoppedForHalfLives.op]} ${stoppedForHalfLives.count} half-lives ago` : '',
  ].filter(Boolean);
  const subject = `${fact.label}${narrowedTo ? ` (${narrowedTo})` : ''}`;
  const which = combined ? 'taken together' : leaf.quantifier === 'some' ? 'any' : 'each one';
  const link = leaf.quantifier === 'every' ? 'needs' : 'with';
  return [`${subject}: ${which}`, ...selection.filter(Boolean), ...(requirements.length ? [link, requirements.join(' and ')] : [])].join(' ');
}
