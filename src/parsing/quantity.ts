import { findNumbers, hasStandaloneNumber } from './numberText';

export type QuantityReading =
  /** `before` is what precedes the number: a name ("Hb") and perhaps a comparator ("plt <"). */
  | { kind: 'quantity'; value: number; unitText: string; before: string }
  | { kind: 'no-number' }
  | { kind: 'several-numbers' }
  | { kind: 'unreadable-number'; text: string }
  | { kind: 'unknown-unit'; unitText: string };

/**
 * Reads "[name] number [unit]". The value is the first number whose remaining text is empty or a
 * unit `isUnit` accepts, so names carrying digits ("24h protein 350 mg") still read.
 */
export function readQuantity(text: string, isUnit: (unitText: string) => boolean): QuantityReading {
  const numbers = findNumbers(text);
  const last = numbers.at(-1);
  if (!last) return { kind: 'no-number' };
  const rest = (end: number) => text.slice(end).replace(/[\s.,;:!。]+$/, '').trim();
  const chosen = numbers.find((n) => rest(n.end) === '' || isUnit(rest(n.end)));
  if (!chosen) {
    // The unit follows the value, the first number standing alone ("45 x 10^9" reports "x 10^9", not "^9").
    const value = numbers.find((n) => !/^\p{L}/u.test(text.slice(n.end))) ?? last;
    return { kind: 'unknown-unit', unitText: rest(value.end) };
  }
  const before = text.slice(0, chosen.index);
  if (hasStandaloneNumber(before)) return { kind: 'several-numbers' };
  if (chosen.value === undefined) return { kind: 'unreadable-number', text: chosen.text };
  return { kind: 'quantity', value: chosen.value, unitText: rest(chosen.end), before };
}
