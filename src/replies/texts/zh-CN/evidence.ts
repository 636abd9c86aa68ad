import type { CatalogWords } from '../../../catalog/catalogWords';
import type { MedicationFact } from '../../../domain/factDefinition';
import type { Comparator, LeafRule, MedicationLeaf } from '../../../domain/rule';
import { comparatorSymbols, unitLabel } from '../../../engine/compileContext';
import type { Evidence, Inference } from '../../../engine/result';
import { drugOf, factOf, optionLabels } from '../lookup';
import { days, duration, isoDay } from './format';
import { doseUnit, routeNames, value } from './values';

const comparatorWords: Record<Comparator, string> = { '<': '少于', '<=': '至多', '>': '超过', '>=': '至少' };

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
    if ('between' in compare) return `${fact.label} ${compare.between[0]}–${compare.between[1]} ${unit}（含两端）`;
    return `${fact.label} ${comparatorSymbols[compare.op]} ${compare.value} ${unit}`;
  }
  if ('is' in leaf) return `${fact.label}：${leaf.is ? '是' : '否'}`;
  if ('oneOf' in leaf) {
    const labels = optionLabels(w, fact, leaf.oneOf);
    return fact.type === 'choice' ? `${fact.label}：${labels.join('或')}` : `${fact.label}包括${labels.length > 1 ? '以下任一项：' : ''}${labels.join('、')}`;
  }
  return `${fact.label}：${comparatorWords[leaf.elapsed.op]}${duration(leaf.elapsed.duration)}以前`;
}

/** A medication test for a clinician, e.g. "糖皮质激素：近3个月内任一使用，日剂量 > 10 mg/天". */
function medicationTest(w: CatalogWords, leaf: MedicationLeaf, fact: MedicationFact): string {
  const { drugs, classes, routes, current, takenWithin } = leaf.select;
  const { dailyDose, stableFor, sameMedicinesFor, takenFor, firstTakenAgo, stoppedForHalfLives } = leaf.test;
  const combined = leaf.quantifier === 'combined';
  const narrowedTo = drugs ? drugs.map((d) => drugOf(w, d)).join('或') : classes?.map((c) => w.drugClass(c)).join('或');
  const selection = combined
    ? [routes ? routes.map((r) => routeNames[r]).join('或') : '']
    : [routes ? routes.map((r) => routeNames[r]).join('或') : '', current ? '目前在用' : '', takenWithin ? `近${duration(takenWithin)}内使用` : ''];
  const unit = (u: string) => (u === fact.doseUnit ? doseUnit(fact) : u);
  const doseWords = combined ? `${current ? '目前' : takenWithin ? `近${duration(takenWithin)}内任何时候` : ''}合计日剂量` : '日剂量';
  const requirements = [
    dailyDose
      ? 'between' in dailyDose
        ? `${doseWords} ${dailyDose.between[0]}–${dailyDose.between[1]} ${unit(dailyDose.unit)}`
        : `${doseWords} ${comparatorSymbols[dailyDose.op]} ${dailyDose.value} ${unit(dailyDose.unit)}`
      : '',
    stableFor ? `${comparatorWords[stableFor.op]}${duration(stableFor.duration)}内无开始、停用或剂量调整` : '',
    sameMedicinesFor ? `${comparatorWords[sameMedicinesFor.op]}${duration(sameMedicinesFor.duration)}内未开始或停用任何药物` : '',
    takenFor ? `${combined ? '合计' : ''}使用${comparatorWords[takenFor.op]}${duration(takenFor.duration)}` : '',
    firstTakenAgo ? `首次使用在${comparatorWords[firstTakenAgo.op]}${duration(firstTakenAgo.duration)}以前` : '',
    stoppedForHalfLives ? `停药${comparatorWords[stoppedForHalfLives.op]} ${stoppedForHalfLives.count} 个半衰期` : '',
  ].filter(Boolean);
  const subject = `${fact.label}${narrowedTo ? `（${narrowedTo}）` : ''}`;
  const which = combined ? '合并计算' : leaf.quantifier === 'some' ? '任一' : '每一种';
  const link = leaf.quantifier === 'every' ? '须' : '且';
  // Chinese writes no spaces between the parts.
  return [`${subject}：${which}`, ...selection.filter(Boolean), ...(requirements.length ? [link, requirements.join('，且')] : [])].join('');
}

/** The patient's value in evidence: as given, else why there is none. */
export function patientValue(w: CatalogWords, evidence: Evidence): string {
  return value(w, factOf(w, evidence.fact), evidence.value) ?? (evidence.answeredUnknown ? '回答为不详' : evidence.missing ? '尚未询问' : '不详');
}

/** The patient's value beside what a criterion tests: "血小板计数 < 100 ×10^9/L——患者：48 ×10^9/L". */
export function evidence(w: CatalogWords, said: Evidence): string {
  const inferred = said.inferred?.map((i) => inference(w, i)) ?? [];
  return `${test(w, said.test)}——患者：${patientValue(w, said)}${inferred.length > 0 ? `；理解为：${inferred.join('；')}` : ''}`;
}

/** What the engine took an answer to imply, said as it was used. */
export function inference(w: CatalogWords, said: Inference): string {
  const drug = drugOf(w, said.drug);
  switch (said.kind) {
    case 'taken-since':
      return `${drug}至少自${days(said.since)}起使用（其剂量从那时开始）`;
    case 'highest-dose':
      return `${drug}不超过${isoDay(said.from)}至${isoDay(said.to)}期间的最高日剂量`;
  }
}
