import type { NumberInterval } from '../domain/factValue';
import type { Bound as Comparator } from '../domain/parseProblem';

/** A comparator before a number ("> 100", "at least 1.5"), if any: the side of the bound, and whether the bound itself is excluded. */
export type Bound = Comparator | undefined;

/** A comparator just before the number: "> 100", "plt < 50k", "at least 1.5". Inclusive ones first (≥ before >). */
const COMPARATORS: readonly { pattern: RegExp; side: 'above' | 'below'; strict: boolean }[] = [
  { pattern: /(?:≥|>=|=>|\bat least|\bmin(?:imum)?)\s*$/i, side: 'above', strict: false },
  { pattern: /(?:≤|<=|=<|\bat most|\bmax(?:imum)?|\bup to)\s*$/i, side: 'below', strict: false },
  { pattern: /(?:>|\bmore than|\bgreater than|\babove|\bover)\s*$/i, side: 'above', strict: true },
  { pattern: /(?:<|\bless than|\bbelow|\bunder)\s*$/i, side: 'below', strict: true },
];

export function boundIn(before: string): Bound {
  return COMPARATORS.find((c) => c.pattern.test(before));
}

/** The closed interval a value with its bound stands for: "> 100" is [100, open), a strict bound included. */
export function boundedInterval(value: number, bound: Bound): NumberInterval {
  return bound === undefined ? { low: value, high: value } : bound.side === 'above' ? { low: value } : { high: value };
}
