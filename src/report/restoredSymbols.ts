import { normaliseSourceText } from '../catalog/sourceText';
import type { Comparator, Rule } from '../domain/rule';

/**
 * Registry pages lose symbols: ICTRP prints "=" where the registry has ≥ or ≤ ("SLEDAI-2K score of =4"), and a
 * copied "×10^9/L" loses its caret ("100×109/L"). Where the criterion's own rule settles what was lost — a
 * threshold of the same number, or a unit of 10^n — the sentence can be read with the symbol restored. Nothing
 * here knows a trial: the reading comes from the rule's thresholds and units alone.
 */

const SYMBOLS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<' };

interface Bound {
  op?: Comparator;
  values: number[];
  unit?: string;
}

/** The numbers of an ISO duration ("P3M" → 3, "P1Y6M" → 1 and 6). */
function durationNumbers(duration: string): number[] {
  return [...duration.matchAll(/(\d+(?:\.\d+)?)[YMWD]/g)].map((m) => Number(m[1]));
}

/** Every threshold a rule tests: its comparator (none for a range), the numbers it is written with, its unit. */
function boundsOf(rule: Rule): Bound[] {
  if ('all' in rule) return rule.all.flatMap(boundsOf);
  if ('any' in rule) return rule.any.flatMap(boundsOf);
  if ('not' in rule) return boundsOf(rule.not);
  if ('compare' in rule) return [quantity(rule.compare)];
  if ('elapsed' in rule) return [{ op: rule.elapsed.op, values: durationNumbers(rule.elapsed.duration) }];
  if ('medication' in rule) {
    const { dailyDose, stoppedForHalfLives, ...periods } = rule.test;
    return [
      ...(dailyDose ? [quantity(dailyDose)] : []),
      ...Object.values(periods).flatMap((test) => (test ? [{ op: test.op, values: durationNumbers(test.duration) }] : [])),
      ...(stoppedForHalfLives ? [{ op: stoppedForHalfLives.op, values: [stoppedForHalfLives.count] }] : []),
      ...(rule.select.takenWithin ? [{ values: durationNumbers(rule.select.takenWithin) }] : []),
    ];
  }
  return [];
}

function quantity(compare: { op: Comparator; value: number; unit: string } | { between: [number, number]; unit: string }): Bound {
  return 'op' in compare ? { op: compare.op, values: [compare.value], unit: compare.unit } : { values: compare.between, unit: compare.unit };
}

/** "=" standing alone before a number: not part of ≥, <=, == or ≠. */
const LOST_COMPARATOR = /(?<![<>≤≥=!])=(?!=)(\s*)(\d+(?:\.\d+)?)/g;

/**
 * The source sentence as the registry printed it (escapes removed), with lost symbols restored from the rule; or
 * undefined when nothing was lost or the rule cannot tell what was. A number the rule compares both ways ("≥ 3"
 * and "≤ 3") is left as printed.
 */
export function restoredSource(source: string, rule: Rule | undefined): string | undefined {
  if (!rule) return undefined;
  const printed = normaliseSourceText(source);
  const bounds = boundsOf(rule);
  let restored = printed.replace(LOST_COMPARATOR, (match, space: string, number: string) => {
    const ops = new Set(bounds.filter((b) => b.op && b.values.includes(Number(number))).map((b) => b.op!));
    return ops.size === 1 ? `${SYMBOLS[[...ops][0]!]}${space}${number}` : match;
  });
  // A power of ten the rule's unit has ("10*9/L") printed without its caret: "×109/L".
  for (const exponent of new Set(bounds.flatMap((b) => [...(b.unit ?? '').matchAll(/10\*(\d+)/g)].map((m) => m[1]!)))) {
    restored = restored.replace(new RegExp(`([×x*]\\s?10)(${exponent})(?=\\s?/)`, 'g'), '$1^$2');
  }
  return restored === printed ? undefined : restored;
}
