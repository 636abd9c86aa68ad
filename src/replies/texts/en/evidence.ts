import type { CatalogWords } from '../../../catalog/catalogWords';
import type { MedicationFact } from '../../../domain/factDefinition';
import type { Comparator, LeafRule, MedicationLeaf } from '../../../domain/rule';
import { comparatorSymbols, unitLabel } from '../../../engine/compileContext';
import type { Evidence, Inference } from '../../../engine/result';
import { drugOf, factOf, optionLabels } from '../lookup';
import { days, duration, isoDay } from './format';
import { doseUnit, routeNames, value } from './values';

const comparatorWords: Record<Comparator, string> = { '<': 'less than', '<=': 'at most', '>': 'more than', '>=': 'at least' };

/** What a criterion's leaf requires, in clinical words, with the threshold as the source wrote it. */
export function test(w: CatalogWords, leaf: LeafRule): string {
  if ('medication' in leaf) {
    const fact = factOf(w, leaf.medication);
    return fact.type === 'medication' ? medicationTest(w, leaf, fact) : fact.label;
  }
  const fact = factOf(w, leaf.fact);
  if ('compare' in leaf) {
    const { compare } = leaf;
    const unit = unitLabel(compare.unit, fact.type === 'number' ? fact : {});
    if ('between' in compare) return `${fact.label} ${compare.between[0]}–${compare.between[1]} ${unit} (both ends included)`;
    return `${fact.label} ${comparatorSymbols[compare.op]} ${compare.value} ${unit}`;
  }
  if ('is' in leaf) return `${fact.label}: ${leaf.is ? 'yes' : 'no'}`;
  if ('oneOf' in leaf) {
    const labels = optionLabels(w, fact, leaf.oneOf);
    return fact.type === 'choice' ? `${fact.label}: ${labels.join(' or ')}` : `${fact.label} includes ${labels.length > 1 ? 'any of ' : ''}${labels.join(', ')}`;
  }
  return `${fact.label}: ${comparatorWords[leaf.elapsed.op]} ${duration(leaf.elapsed.duration)} ago`;
}

/** Reads a medication test for a clinician, e.g. "Corticosteroids: any taken within the last 3 months with a daily dose > 10 mg/day". */
function medicationTest(w: CatalogWords, leaf: MedicationLeaf, fact: MedicationFact): string {
  const { drugs, classes, routes, current, takenWithin } = leaf.select;
  const { dailyDose, stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives } = leaf.test;
  const combined = leaf.quantifier === 'combined';
  const narrowedTo = drugs ? drugs.map((d) => drugOf(w, d)).join(' or ') : classes?.map((c) => w.drugClass(c)).join(' or ');
  const selection = combined
    ? [routes ? routes.map((r) => routeNames[r]).join(' or ') : '']
    : [routes ? routes.map((r) => routeNames[r]).join(' or ') : '', current ? 'taken now' : '', takenWithin ? `taken within the last ${duration(takenWithin)}` : ''];
  const unit = (u: string) => (u === fact.doseUnit ? doseUnit(fact) : u);
  const doseWords = combined ? `a total daily dose${current ? ' now' : takenWithin ? ` at any time in the last ${duration(takenWithin)}` : ''}` : 'a daily dose';
  const requirements = [
    dailyDose
      ? 'between' in dailyDose
        ? `${doseWords} of ${dailyDose.between[0]}–${dailyDose.between[1]} ${unit(dailyDose.unit)}`
        : `${doseWords} ${comparatorSymbols[dailyDose.op]} ${dailyDose.value} ${unit(dailyDose.unit)}`
      : '',
    stableFor ? `no start, stop or dose change for ${comparatorWords[stableFor.op]} ${duration(stableFor.duration)}` : '',
    sameMedicinesFor ? `no medicine started or stopped for ${comparatorWords[sameMedicinesFor.op]} ${duration(sameMedicinesFor.duration)}` : '',
    takenFor ? `${comparatorWords[takenFor.op]} ${duration(takenFor.duration)} of use${combined ? ' in all' : ''}` : '',
    firstTakenAgo ? `first taken ${comparatorWords[firstTakenAgo.op]} ${duration(firstTakenAgo.duration)} ago` : '',
    stoppedForHalfLives ? `a stop ${comparatorWords[stoppedForHalfLives.op]} ${stoppedForHalfLives.count} half-lives ago` : '',
  ].filter(Boolean);
  const subject = `${fact.label}${narrowedTo ? ` (${narrowedTo})` : ''}`;
  const which = combined ? 'taken together' : leaf.quantifier === 'some' ? 'any' : 'each one';
  const link = leaf.quantifier === 'every' ? 'needs' : 'with';
  return [`${subject}: ${which}`, ...selection.filter(Boolean), ...(requirements.length ? [link, requirements.join(' and ')] : [])].join(' ');
}

/** The patient's value in evidence: as given, else why there is none. */
export function patientValue(w: CatalogWords, evidence: Evidence): string {
  return value(w, factOf(w, evidence.fact), evidence.value) ?? (evidence.answeredUnknown ? 'answered unknown' : evidence.missing ? 'not asked yet' : 'not known');
}

/** The patient's value beside what a criterion tests: "Platelet count < 100 ×10^9/L — patient: 48 ×10^9/L". */
export function evidence(w: CatalogWords, said: Evidence): string {
  const inferred = said.inferred?.map((i) => inference(w, i)) ?? [];
  return `${test(w, said.test)} — patient: ${patientValue(w, said)}${inferred.length > 0 ? `; read as: ${inferred.join('; ')}` : ''}`;
}

/** What the engine took an answer to imply, said as it was used. */
export function inference(w: CatalogWords, said: Inference): string {
  const drug = drugOf(w, said.drug);
  switch (said.kind) {
    case 'taken-since':
      return `${drug} taken since ${days(said.since)} at least (its dose began then)`;
    case 'highest-dose':
      return `${drug} at most the highest daily dose given from ${isoDay(said.from)} to ${isoDay(said.to)}`;
  }
}
