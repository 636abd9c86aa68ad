import type { FactDefinition } from '../domain/factDefinition';
import type { FactValue, NumberInterval } from '../domain/factValue';
import { choiceLabel, type Vocabulary } from './compileContext';

export function formatInterval(value: NumberInterval): string {
  return value.low === value.high
    ? String(value.low)
    : value.high === Infinity
      ? `≥ ${value.low}`
      : value.low === -Infinity
        ? `≤ ${value.high}`
        : `${value.low}–${value.high}`;
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
      const enteredAsCanonical = value.entered.replace(/\s+/g, ' ') === canonical || Number(value.entered) === value.value.low;
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
    case 'date':
    case 'medication':
      return value.entered;
  }
}
