import { describeDays, describeDuration } from '../dates/calendar';
import type { FactDefinition, MedicationFact } from '../domain/factDefinition';
import type { FactValue, MedicationUse, NumberInterval } from '../domain/factValue';
import { formatNumber } from '../text/formatNumber';
import { choiceLabel, type Vocabulary } from './compileContext';

/** Eight significant digits: enough that 3.1004 never reads as the threshold 3.1. */
const EVIDENCE_DIGITS = 8;
const format = (n: number) => formatNumber(n, EVIDENCE_DIGITS);

export function formatInterval(value: NumberInterval): string {
  const { low, high } = value;
  if (low !== undefined && high !== undefined) return low === high ? format(low) : `${format(low)}–${format(high)}`;
  return low !== undefined ? `≥ ${format(low)}` : `≤ ${format(high ?? 0)}`;
}

/** The patient's value as the clinician gave it, plus the canonical value it was compared as. */
export function describeValue(vocabulary: Vocabulary, fact: FactDefinition, value: FactValue | undefined): string | undefined {
  if (!value) return undefined;
  switch (value.kind) {
    case 'unknown':
      return 'unknown';
    case 'number': {
      if (fact.type !== 'number') return value.entered;
      const canonical = `${formatInterval(value.value)} ${fact.unitLabel}`;
      const enteredAsCanonical = sameWriting(value.entered, canonical) || Number(value.entered) === value.value.low;
      return enteredAsCanonical ? canonical : `${value.entered} (= ${canonical})`;
    }
    case 'boolean':
      return value.value ? 'yes' : 'no';
    case 'choice':
      return choiceLabel(vocabulary, fact, value.value);
    case 'set':
      return value.values.length === 0
        ? fact.type === 'set'
          ? fact.noneLabel
          : 'none'
        : value.values.map((code) => choiceLabel(vocabulary, fact, code)).join(', ');
    case 'medication':
      if (fact.type !== 'medication') return value.entered;
      return value.uses.length === 0 ? `none in the last ${describeDuration(fact.lookback)}` : describeUses(value.uses, fact, vocabulary);
    case 'date':
      return value.entered;
  }
}

/**
 * Two writings of one quantity, alike but for spacing, case, the multiplication sign and how "per day" is written
 * ("41 x10^9/L" and "41 ×10^9/L", "100 mg/d" and "100 mg/day"): the second says nothing the first did not.
 */
function sameWriting(entered: string, shown: string): boolean {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/\s+/g, '')
      .replace(/[x*]/g, '×')
      .replace(/μ/g, 'µ')
      .replace(/\/day|daily|perday|aday/g, '/d');
  return key(entered) === key(shown);
}

/** The fact's daily-dose unit as shown, e.g. "mg/day prednisone-equivalent". */
export function doseUnitText(fact: MedicationFact): string {
  return `${fact.doseUnitLabel}${fact.doseAs === 'prednisone-equivalent' ? ' prednisone-equivalent' : ''}`;
}

export function describeUses(uses: readonly MedicationUse[], fact: MedicationFact, vocabulary: Vocabulary): string {
  return uses
    .map((use) => {
      const drug = vocabulary.drugs.get(use.drug)?.label ?? use.drug;
      const converted = use.dailyDose
        ? `${formatInterval(use.dailyDose)} ${doseUnitText(fact)}`
        : undefined;
      const dose = !converted
        ? use.doseEntered
          ? ` ${use.doseEntered} (no daily dose known)`
          : ' (dose not given)'
        : !use.doseEntered
          ? ` ${converted}`
          : sameWriting(use.doseEntered, converted)
            ? ` ${use.doseEntered}`
            : ` ${use.doseEntered} (= ${converted})`;
      const route = use.route ? ` ${use.route}` : '';
      const timing = use.current
        ? `, current${use.started ? ` since ${describeDays(use.started)}` : ''}`
        : `, stopped${use.stopped ? ` ${describeDays(use.stopped)}` : ' (date not given)'}`;
      return `${drug}${dose}${route}${timing}${doseSinceText(use)}`;
    })
    .join('; ');
}

/** When the dose last changed, as given: absent when not known (never taken to be the start). */
function doseSinceText({ doseSince, started }: MedicationUse): string {
  if (!doseSince) return '';
  if (started && doseSince.earliest === started.earliest && doseSince.latest === started.latest) return ', same dose since the start';
  return `, this dose since ${describeDays(doseSince)}`;
}
