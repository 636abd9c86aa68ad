import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, MedicationFact } from '../../../domain/factDefinition';
import type { FactValue, MedicationUse } from '../../../domain/factValue';
import { choiceLabel } from '../../../engine/compileContext';
import { formatInterval } from '../../../text/formatNumber';
import { sameWriting } from '../../../text/sameWriting';
import { days, duration } from './format';

/** A route of administration, as the Chinese say it. */
export const routeNames: Record<NonNullable<MedicationUse['route']>, string> = { oral: '口服', intravenous: '静脉', subcutaneous: '皮下', topical: '外用', other: '其他途径' };

/** The fact's daily-dose unit as shown, e.g. "mg/天（泼尼松等效剂量）". */
export function doseUnit(fact: MedicationFact): string {
  return `${fact.doseUnitLabel}${fact.doseAs === 'prednisone-equivalent' ? '（泼尼松等效剂量）' : ''}`;
}

/** The patient's value as the clinician gave it, plus the canonical value it was compared as. */
export function value(w: CatalogWords, fact: FactDefinition, given: FactValue | undefined): string | undefined {
  if (!given) return undefined;
  switch (given.kind) {
    case 'unknown':
      return '不详';
    case 'number': {
      if (fact.type !== 'number') return given.entered;
      const canonical = `${formatInterval(given.value)} ${fact.unitLabel}`;
      const enteredAsCanonical = sameWriting(given.entered, canonical) || Number(given.entered) === given.value.low;
      return enteredAsCanonical ? canonical : `${given.entered}（= ${canonical}）`;
    }
    case 'boolean':
      return given.value ? '是' : '否';
    case 'choice':
      return choiceLabel(w, fact, given.value);
    case 'set':
      return given.values.length === 0 ? (fact.type === 'set' ? fact.noneLabel : '无') : given.values.map((code) => choiceLabel(w, fact, code)).join('、');
    case 'medication':
      if (fact.type !== 'medication') return given.entered;
      return given.uses.length === 0 ? `近${duration(fact.lookback)}内未用` : uses(w, given.uses, fact);
    case 'date':
      return given.value ? days(given.value) : fact.type === 'date' && fact.noneLabel ? fact.noneLabel : given.entered;
  }
}

/** A daily dose in the fact's dose unit: "10 mg/天（泼尼松等效剂量）". */
export const dailyDose = (dose: { low?: number; high?: number }, fact: MedicationFact): string => `${formatInterval(dose)} ${doseUnit(fact)}`;

export function uses(w: CatalogWords, given: readonly MedicationUse[], fact: MedicationFact): string {
  return given.map((use) => `${w.drugs.get(use.drug)?.label ?? use.drug}${dose(use, fact)}${use.route ? ` ${routeNames[use.route]}` : ''}${timing(use)}${doseSince(use)}`).join('；');
}

function dose(use: MedicationUse, fact: MedicationFact): string {
  const converted = use.dailyDose ? dailyDose(use.dailyDose, fact) : undefined;
  if (!converted) return use.doseEntered ? ` ${use.doseEntered}（日剂量不详）` : '（剂量未提供）';
  if (!use.doseEntered) return ` ${converted}`;
  return sameWriting(use.doseEntered, converted) ? ` ${use.doseEntered}` : ` ${use.doseEntered}（= ${converted}）`;
}

function timing(use: MedicationUse): string {
  if (use.current) return `，目前在用${use.started ? `，自${days(use.started)}起` : ''}`;
  return `，已停用${use.stopped ? `（${days(use.stopped)}）` : '（日期未提供）'}`;
}

/** When the dose last changed, as given: absent when not known (never taken to be the start). */
function doseSince({ doseSince: since, started }: MedicationUse): string {
  if (!since) return '';
  if (started && since.earliest === started.earliest && since.latest === started.latest) return '，自开始起剂量未变';
  return `，自${days(since)}起为此剂量`;
}
