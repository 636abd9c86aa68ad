import type { Detail } from '../../domain/detail';
import type { MedicationFact } from '../../domain/factDefinition';
import type { KnownFactValue, MedicationUse } from '../../domain/factValue';
import type { MedicationLeaf } from '../../domain/rule';
import { daysBefore, type Day } from '../../dates/calendar';
import type { CompiledNode } from '../compiledNode';
import { factOfType, RuleError, type Vocabulary } from '../compileContext';
import { daysTaken, doseUnknownIn, peakDailyDose, type Member, type Period } from '../medication/regimen';
import { doseCheck, lacks, timingTests, whenTaken, whichMedicines, type UseCheck, type UseDetail } from '../medication/useTests';
import { takenSince } from '../medication/useTimes';
import type { Inference } from '../result';
import { leafNode } from './leaf';
import { compareInterval } from '../compare';
import { both, either, not, quantify, type Truth } from '../truth';

/**
 * Tests the medicines of a medication answer. Each part of a medicine the clinician did not give
 * (dose, route, dates) is unknown, so it can neither exclude nor include on its own; when that leaves the test
 * open, the parts it reads and the answer lacks are the details to ask.
 */
export function compileMedicationLeaf(leaf: MedicationLeaf, vocabulary: Vocabulary, path: string): CompiledNode {
  const fact = factOfType(vocabulary, leaf.medication, 'medication', `${path}.medication`);
  const test = leaf.quantifier === 'combined' ? regimenTest(leaf, fact, vocabulary, path) : eachUseTest(leaf, fact, vocabulary, path);
  const uses = (value: KnownFactValue) => (value.kind === 'medication' ? value.uses : []);
  return leafNode(fact, leaf, (value, patient) => (value.kind === 'medication' ? test.truth(value.uses, patient.day) : 'unknown'), {
    details: (value, patient) => test.details(uses(value), patient.day),
    inferred: (value) => inferredFrom(uses(value)),
  });
}

type UsesTest = (uses: readonly MedicationUse[], day: Day) => Truth;

/** A test over a medication answer's medicines, and the details it reads that leave it open. */
interface MedicinesTest {
  truth: UsesTest;
  details: (uses: readonly MedicationUse[], day: Day) => Detail[];
}

const applyTo = (check: UseCheck, { use, day }: { use: MedicationUse; day: Day }): Truth => check.test(use, day);

/** The details of one medicine that open checks read and its answer lacks. */
function lackedBy(use: MedicationUse, day: Day, checks: readonly UseCheck[]): Detail[] {
  const kinds = new Set(checks.filter((c) => c.test(use, day) === 'unknown').flatMap((c) => c.reads(use)));
  return [...kinds].filter((kind) => lacks(use, kind)).map((kind) => ({ kind, drug: use.drug }));
}

/** `some`: any use that is selected and passes; `every`: each use not selected, or passing. */
function eachUseTest(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): MedicinesTest {
  const selectors = [...whichMedicines(leaf, fact, vocabulary, `${path}.select`), ...whenTaken(leaf)];
  const dose = doseCheck(leaf, fact, `${path}.test`);
  const tests: UseCheck[] = [...(dose ? [{ test: (use: MedicationUse) => dose(use.dailyDose), reads: () => ['dose'] as const }] : []), ...Object.values(timingTests(leaf, vocabulary))];
  const some = leaf.quantifier === 'some';
  const useTruth = (use: MedicationUse, day: Day): Truth => {
    const at = { use, day };
    const selected = quantify('all', selectors, applyTo, at);
    const passes = quantify('all', tests, applyTo, at);
    return some ? both(selected, passes) : either(not(selected), passes);
  };
  return {
    truth: (uses, day) => quantify(some ? 'any' : 'all', uses, useTruth, day),
    details: (uses, day) => uses.filter((use) => useTruth(use, day) === 'unknown').flatMap((use) => lackedBy(use, day, [...selectors, ...tests])),
  };
}

/**
 * The selected medicines as one regimen. Its dose is the total taken on the same day, at its highest in the
 * period `current` (today) or `takenWithin` names; it is stable when none of its medicines started, changed or
 * stopped within the time (whether taken now or not); its length of use adds up the days any was taken;
 * it was first taken when its earliest medicine was.
 */
function regimenTest(leaf: MedicationLeaf, fact: MedicationFact, vocabulary: Vocabulary, path: string): MedicinesTest {
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
  // The period a dose is read over; a dose over all time is asked for over the question's own period.
  const within = takenWithin ?? fact.lookback;
  const period = (day: Day): Period => ({ from: current ? day : takenWithin ? daysBefore(day, takenWithin) : Number.NEGATIVE_INFINITY, to: day });
  const membersOf = (uses: readonly MedicationUse[], day: Day): Member[] => {
    const members: Member[] = [];
    for (const use of uses) {
      const selected = quantify('all', selectors, applyTo, { use, day });
      if (selected !== 'false') members.push({ use, certain: selected === 'true' });
    }
    return members;
  };
  const checks = (members: readonly Member[], day: Day) => ({
    dose: dose ? dose(peakDailyDose(members, period(day), day)) : 'true',
    takenFor: takenFor ? compareInterval(daysTaken(members, day), takenFor.op, day - daysBefore(day, takenFor.duration)) : 'true',
    // Stable: no medicine of the regimen changed (one that may not belong to it and changed leaves this open);
    // first taken: any that surely belongs was.
    stability: quantify('all', members, ({ use, certain }) => either(certain ? 'false' : 'unknown', quantify('all', stability, applyTo, { use, day })), undefined),
    firstTaken: firstTaken ? quantify('any', members, ({ use, certain }) => both(certain ? 'true' : 'unknown', firstTaken.test(use, day)), undefined) : 'true',
  }) satisfies Record<string, Truth>;
  const doseDetails = (members: readonly Member[], day: Day): Detail[] =>
    members.flatMap(({ use, certain }): Detail[] => {
      if (!certain) return lackedBy(use, day, selectors);
      if (!use.dailyDose) return [{ kind: 'dose', drug: use.drug }];
      // A medicine stopped on a date not given may have been taken on any day of the period, today's included.
      const lacked: Detail[] = !use.current && lacks(use, 'stopped') ? [{ kind: 'stopped', drug: use.drug }] : [];
      if (current || !doseUnknownIn(use, period(day), day)) return lacked;
      // When the dose last changed would settle the period too, when it was the same since a date before it.
      return [...lacked, ...(lacks(use, 'doseSince') ? [{ kind: 'doseSince' as const, drug: use.drug }] : []), { kind: 'highestDose', drug: use.drug, within }];
    });
  const timingDetails = (members: readonly Member[], reads: (use: MedicationUse) => readonly UseDetail[]): Detail[] =>
    members.flatMap(({ use }) => reads(use).filter((kind) => lacks(use, kind)).map((kind) => ({ kind, drug: use.drug })));
  return {
    truth: (uses, day) => {
      const found = checks(membersOf(uses, day), day);
      return quantify('all', [found.dose, found.takenFor, found.stability, found.firstTaken], (t) => t, undefined);
    },
    details: (uses, day) => {
      const members = membersOf(uses, day);
      const found = checks(members, day);
      const details = [
        ...(found.dose === 'unknown' ? doseDetails(members, day) : []),
        ...(found.takenFor === 'unknown' ? timingDetails(members, (use) => ['started', ...(use.current ? [] : ['stopped' as const])]) : []),
        ...(found.stability === 'unknown' ? members.flatMap(({ use, certain }) => lackedBy(use, day, [...(certain ? [] : selectors), ...stability])) : []),
        ...(found.firstTaken === 'unknown' ? timingDetails(members, () => ['started']) : []),
      ];
      return uniqueDetails(details);
    },
  };
}

function uniqueDetails(details: readonly Detail[]): Detail[] {
  const seen = new Set<string>();
  return details.filter((d) => {
    const key = JSON.stringify([d.kind, 'drug' in d ? d.drug : '', 'within' in d ? d.within : '']);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the answer implies beyond its words: a medicine whose dose began on a date was taken since then at least. */
function inferredFrom(uses: readonly MedicationUse[]): Inference[] {
  return uses.flatMap((use): Inference[] => {
    const since = takenSince(use);
    return [
      ...(since ? [{ kind: 'taken-since' as const, drug: use.drug, since }] : []),
      ...(use.highest ? [{ kind: 'highest-dose' as const, drug: use.drug, from: use.highest.from, to: use.highest.to }] : []),
    ];
  });
}
