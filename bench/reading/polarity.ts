import type { FactValue } from '../../src/domain/factValue';
import type { UnsettledStatus } from '../../test/summary/labelledSet';

/** What a recorded value says of the patient: something present (a use, a yes, a date), its absence, or nothing. */
export type Polarity = 'present' | 'absent' | 'unknown';

/** Choice codes that say the thing never happened ("malignancy: none"). */
const NONE_CODES = new Set(['none', 'never', 'no']);

export function polarityOf(value: FactValue): Polarity {
  switch (value.kind) {
    case 'unknown':
      return 'unknown';
    case 'boolean':
      return value.value ? 'present' : 'absent';
    case 'set':
      return value.values.length > 0 ? 'present' : 'absent';
    case 'medication':
      return value.uses.length > 0 ? 'present' : 'absent';
    case 'date':
      return value.value ? 'present' : 'absent';
    case 'choice':
      return NONE_CODES.has(value.value) ? 'absent' : 'present';
    case 'number':
      return 'present';
  }
}

/**
 * An opposite reading: a value recorded as present where the words deny or doubt it, or absent where they state
 * it (a negated or uncertain mention recorded as affirmed, or the reverse). `unsettled` is why the words settle
 * nothing, for a fact they mention without settling it.
 */
export function isOpposite(read: FactValue, label: FactValue | undefined, unsettled: UnsettledStatus | undefined): boolean {
  const said = polarityOf(read);
  if (said === 'unknown') return false;
  if (label) {
    const meant = polarityOf(label);
    return meant !== 'unknown' && meant !== said;
  }
  // Doubt recorded as either yes or no; a denial of a part, a plan, an allergy, a relative's or a past condition, a test result, as present.
  if (unsettled === 'uncertain') return true;
  return unsettled !== undefined && unsettled !== 'other' && said === 'present';
}
