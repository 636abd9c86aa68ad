import type { CatalogWords } from '../../../catalog/catalogWords';
import type { FactDefinition, MedicationFact } from '../../../domain/factDefinition';
import type { FactValue, MedicationUse } from '../../../domain/factValue';
import { choiceLabel } from '../../../engine/compileContext';
import { formatInterval } from '../../../text/formatNumber';
import { sameWriting } from '../../../text/sameWriting';
import { days, duration } from './format';

/** The fact's daily-dose unit as shown, e.g. "mg/day prednisone-equivalent". */
export function doseUnit(fact: MedicationFact): string {
  return `${fact.doseUnitLabel}${fact.doseAs === 'prednisone-equivalent' ? ' prednisone-equivalent' : ''}`;
}

/** The patient's value as the clinician gave it, plus the canonical value it was compared as. */
export function value(w: CatalogWords, fact: FactDefinition, given: FactValue | undefined): string | undefined {
  if (!given) return undefined;
  switch (given.kind) {
    case 'unknown':
      return 'unknown';
    case 'number': {
      if (fact.type !== 'number') return given.entered;
      const canonical = `${formatInterval(given.value)} ${fact.unitLabel}`;
      const enteredAsCanonical = sameWriting(given.entered, canonical) || Number(given.entered) === given.value.low;
      return enteredAsCanonical ? canonical : `${given.entered} (= ${canonical})`;
    }
    case 'boolean':
      return given.value ? 'yes' : 'no';
    case 'choice':
      return choiceLabel(w, fact, given.value);
    case 'set':
      return given.values.length === 0 ? (fact.type === 'set' ? fact.noneLabel : 'none') : given.values.map((code) => choiceLabel(w, fact, code)).join(', ');
    case 'medication':
      if (fact.type !== 'medication') return given.entered;
      return given.uses.length === 0 ? `none in the last ${duration(fact.lookback)}` : uses(w, given.uses, fact);
    case 'date':
      // What was recorded, never the words it was read from: a note's sentence, or "6 weeks ago" in a referral read later.
      return given.value ? days(given.value) : fact.type === 'date' && fact.noneLabel ? fact.noneLabel : given.entered;
  }
}

export const routeNames: Record<NonNullable<MedicationUse['route']>, string> = { oral: 'oral', intravenous: 'intravenous', subcutaneous: 'subcutaneous', topical: 'topical', other: 'by another route' };

/** A daily dose in the fact's dose unit: "10 mg/day prednisone-equivalent". */
export const dailyDose = (dose: { low?: number; high?: number }, fact: MedicationFact): string => `${formatInterval(dose)} ${doseUnit(fact)}`;

export function uses(w: CatalogWords, given: readonly MedicationUse[], fact: MedicationFact): string {
  return given.map((use) => `${w.drugs.get(use.drug)?.label ?? use.drug}${dose(use, fact)}${use.route ? ` ${routeNames[use.route]}` : ''}${timing(use)}${doseSince(use)}`).join('; ');
}

function dose(use: MedicationUse, fact: MedicationFact): string {
  const converted = use.dailyDose ? dailyDose(use.dailyDose, fact) : undefined;
  if (!converted) return use.doseEntered ? ` ${use.doseEntered} (no daily dose known)` : ' (dose not given)';
  if (!use.doseEntered) return ` ${converted}`;
  return sameWriting(use.doseEntered, converted) ? ` ${use.doseEntered}` : ` ${use.doseEntered} (= ${converted})`;
}

function timing(use: MedicationUse): string {
  if (use.current) return `, current${use.started ? ` since ${days(use.started)}` : ''}`;
  return `, stopped${use.stopped ? ` ${days(use.stopped)}` : ' (date not given)'}`;
}

/** When the dose last changed, as given: absent when not known (never taken to be the start). */
function doseSince({ doseSince: since, started }: MedicationUse): string {
  if (!since) return '';
  if (started && since.earliest === started.earliest && since.latest === started.latest) return ', same dose since the start';
  return `, this dose since ${days(since)}`;
}
