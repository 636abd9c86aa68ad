import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, MedicationFact, NumberFact } from '../../../domain/factDefinition';
import type { FactValue, MedicationUse, NumberInterval } from '../../../domain/factValue';
import type { Bound, Quantity, UlnRatio } from '../../../domain/parseProblem';
import type { MedicineNote, Reading } from '../../../domain/reading';
import { choiceLabel, unitLabel } from '../../../engine/compileContext';
import { formatInterval, formatNumber } from '../../../text/formatNumber';
import { toCanonicalUnit } from '../../../units/factUnit';
import { days, duration, list, quote } from './format';
import { dailyDose, uses, value } from './values';

/** "> ", "≤ ": a bound before a number as typed. */
export function sign(bound: Bound | undefined): string {
  return bound === undefined ? '' : bound.side === 'above' ? (bound.strict ? '> ' : '≥ ') : bound.strict ? '< ' : '≤ ';
}

/** "> 45 ×10^3/µL（= > 45 ×10^9/L）", or just "85 g/L" when typed in the fact's own unit. */
export function quantity({ amount, unit, bound }: Quantity, fact: NumberFact): string {
  const typed = `${sign(bound)}${formatNumber(amount)} ${unitLabel(unit, fact)}`;
  if (unit === fact.unit) return typed;
  return `${typed}（= ${sign(bound)}${formatNumber(toCanonicalUnit(amount, unit, fact.unit, fact.accepts))} ${fact.unitLabel}）`;
}

/** "80 U/L，ULN 40 U/L = 2 × ULN". */
export function ulnRatio({ amount, uln, unit, ratio, bound }: UlnRatio, fact: NumberFact): string {
  const withUnit = (n: number) => (unit ? `${formatNumber(n)} ${unit}` : formatNumber(n));
  return `${sign(bound)}${withUnit(amount)}，正常上限 ${withUnit(uln)}，即 ${sign(bound)}${formatNumber(ratio)} ${fact.unitLabel}`;
}

/** How an answer's words were read, echoed so the clinician can correct it: "血红蛋白：8.5 g/dL（= 85 g/L）。". */
export function reading(w: CatalogWords, fact: FactDefinition, given: FactValue, read: Reading): string {
  const said = (text: string) => `${fact.label}：${text}`;
  const recorded = value(w, fact, given) ?? (given.kind === 'unknown' ? '不详' : given.entered);
  switch (read.as) {
    case 'recorded':
      return said(recorded);
    case 'options':
      return said(`${recorded}${read.corrections.map((c) => `（将${quote(c.typed)}理解为${choiceLabel(w, fact, c.code)}）`).join('')}`);
    case 'dated': {
      if (given.kind !== 'date' || !given.value) return said(fact.type === 'date' && fact.noneLabel ? fact.noneLabel : recorded);
      return said(`${days(given.value)}${given.value.earliest === given.value.latest ? '' : '（该时段内任一天）'}`);
    }
    case 'quantity':
    case 'uln': {
      if (fact.type !== 'number' || given.kind !== 'number') return said(recorded);
      const shown = read.as === 'quantity' ? quantity(read, fact) : ulnRatio(read.ratio, fact);
      const bound = read.as === 'quantity' ? read.bound : read.ratio.bound;
      const assumed = read.as === 'quantity' && read.unitAssumed ? `未给单位：按唯一合理的单位 ${unitLabel(read.unit, fact)} 理解。` : '';
      const closed = bound?.strict
        ? `记录为 ${formatInterval(given.value)} ${fact.unitLabel}：包含边界值本身（近似表示${bound.side === 'above' ? '>' : '<'}）。`
        : '';
      return said(`${shown}。${assumed}${closed}`);
    }
    case 'total-less':
      return said(given.kind === 'number' && fact.type === 'number' ? `${formatInterval(given.value)} ${fact.unitLabel}（总分${formatNumber(read.total)}减去不计入的${formatNumber(read.items)}分）。` : recorded);
    case 'highest-of': {
      if (given.kind !== 'number' || fact.type !== 'number') return said(recorded);
      const shown = (v: NumberInterval) => (fact.normal && v.low === fact.normal[0] && v.high === fact.normal[1] ? '正常' : `${formatInterval(v)} ${fact.unitLabel}`);
      return said(`${shown(given.value)}（${read.parts.map((p) => `${p.part} ${shown(p.value)}`).join('；')}）`);
    }
    case 'dated-choice':
      return said(`${recorded}（${days(read.latest)}）`);
    case 'normal':
      return said(given.kind === 'number' && fact.type === 'number' ? `正常（${formatInterval(given.value)} ${fact.unitLabel}）` : recorded);
    case 'medicines':
      if (fact.type !== 'medication' || given.kind !== 'medication') return said(recorded);
      return [said(`${uses(w, given.uses, fact)}。`), ...earlierDoses(w, given.uses, fact), ...read.notes.map((n) => medicineNote(w, fact, n))].join('');
    case 'no-medicines': {
      const none = fact.type === 'medication' ? `近${duration(fact.lookback)}内未用` : recorded;
      if (read.stopped) return said(`${none}（${days(read.stopped)}停用）`);
      return read.notes ? [said(`${none}。`), ...read.notes.map((n) => medicineNote(w, fact, n))].join('') : said(none);
    }
  }
}

/** The doses before the current one ("此前剂量：自2026年3月起 20 mg/天"). */
function earlierDoses(w: CatalogWords, given: readonly MedicationUse[], fact: MedicationFact): string[] {
  return given.flatMap((use) => {
    if (!use.earlierDoses?.length) return [];
    const doses = use.earlierDoses.map((d) => `${d.since ? `自${days(d.since)}起 ` : ''}${d.dailyDose ? dailyDose(d.dailyDose, fact) : (d.doseEntered ?? '剂量未提供')}`);
    return [`${drug(w, use.drug)}此前的剂量（由早到晚）：${doses.join('，')}。`];
  });
}

const drug = (w: CatalogWords, code: string) => w.drugs.get(code)?.label ?? code;

/** What a medication answer said beside its medicines, and what of it was not recorded. */
export function medicineNote(w: CatalogWords, fact: FactDefinition, note: MedicineNote): string {
  switch (note.code) {
    case 'not-taken':
      return `未用：${drug(w, note.drug)}。`;
    case 'not-asked':
      return `此问题不涉及，未记录：${quote(note.typed)}。`;
    case 'read-as':
      return `将${quote(note.typed)}理解为${drug(w, note.drug)}。`;
    case 'not-given':
      return `${drug(w, note.drug)}未提供${list(note.missing.map(missingPart), 'and')}——如已知请补充。`;
    case 'unit-assumed':
      return `将${list(note.doses.map((d) => `${quote(d.amount)}理解为 ${d.amount} ${d.unit}`), 'and')}（${drug(w, note.drug)}的常用剂量单位）。`;
    case 'frequency-assumed':
      return `未说明频次的剂量按${note.daily ? '每日剂量' : '与旁边剂量相同的频次'}理解。`;
    case 'not-understood':
      return `未能理解，未记录：${note.words.map(quote).join('、')}。`;
    case 'planned':
      return `计划使用、拒绝、过敏或尚未开始，未记录：${list(note.drugs.map((d) => drug(w, d)), 'and')}。`;
    case 'stopped-before-period':
      return `在近${fact.type === 'medication' ? duration(fact.lookback) : ''}之前已停用，未记录：${list(note.drugs.map((d) => drug(w, d)), 'and')}。`;
  }
}

function missingPart(part: Extract<MedicineNote, { code: 'not-given' }>['missing'][number]): string {
  switch (part.what) {
    case 'dose':
      return '剂量';
    case 'started':
      return '开始时间';
    case 'stopped':
      return '停用时间';
    case 'per-body':
      return `以 mg 计的剂量（${quote(part.entered)}是按${part.per === 'm2' ? '体表面积（m²）' : '体重（kg）'}计算的，日剂量不详）`;
    case 'not-mass':
      return `以 mg 计的剂量（${quote(part.entered)}未说明药量，日剂量不详）`;
    case 'no-frequency':
      return `${part.entered}的用药频次（因此日剂量不详）`;
    case 'as-needed':
      return `每日用量（${quote(part.entered)}为按需使用）`;
  }
}
