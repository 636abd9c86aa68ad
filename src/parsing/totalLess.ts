import type { NumberFact } from '../domain/factDefinition';
import { firstName, namesIn } from '../text/wholeWords';
import { findNumbers } from './numberText';

/** The total is already the score without the items: "clinical", "excl. serology", "serology excluded". */
const WITHOUT_ITEMS = /\b(?:clinical|excl(?:uding|uded|\.)?\s+(?:serology|serological)|without\s+(?:serology|serological)|(?:serology|serological)\s+(?:excluded|not\s+counted))\b/i;
/** Between the parts of a total's breakdown ("4 of which serology" and "incl. 4 for dsDNA" are one part each). */
const BREAKDOWN = /[,;()]|\band\b/gi;

/**
 * "dsDNA 2 complement 2": parts named before their figures, written with no comma between, one clause each. A clause
 * whose figure comes first ("4 for dsDNA and complement") stays whole.
 */
function namedParts(clause: string): string[] {
  if (!/^\s*\p{L}/u.test(clause) || findNumbers(clause).length < 2) return [clause];
  return clause.split(/(?<=\d)\s+(?=\p{L})/u);
}

export type TotalReading = { kind: 'value'; value: number; total: number; items: number } | { kind: 'unsettled' };

/**
 * A fact that is a total less some items, given as the total ("SLEDAI 12 incl. 4 for dsDNA/complement"): the total
 * less the points said for the items it leaves out ("of which 4 for anti-dsDNA and low complement", "low complement
 * +2, raised dsDNA +2", "proteinuria 4, low complement 2, dsDNA 2"). A total said to be without them already, or of
 * 0, is the value; a total whose breakdown adds up with none of them too. Unsettled when the words do not say what
 * of the total is left out; undefined when they name no total.
 */
export function readTotalLess(text: string, fact: NumberFact): TotalReading | undefined {
  const rule = fact.totalLess;
  if (!rule) return undefined;
  const name = firstName(text, rule.names);
  if (!name) return undefined;
  const after = text.slice(name.index + name[0].length);
  const [first] = findNumbers(after);
  if (!first || first.value === undefined) return undefined;
  const total = first.value;
  // Said of the total itself, around its figure: "SLEDAI-2K (clinical items only, serology excluded) = 4", "SLEDAI-2K 4
  // (clinical only)" — not of another figure ("SLEDAI-2K 12 (clinical SLEDAI 8)").
  const nextClause = after.slice(first.end).split(/[,;)]/)[0] ?? '';
  const withoutItems = WITHOUT_ITEMS.test(after.slice(0, first.index)) || (WITHOUT_ITEMS.test(nextClause) && findNumbers(nextClause).length === 0);
  if (withoutItems || total === 0) return { kind: 'value', value: total, total, items: 0 };
  const items = { test: (clause: string) => namesIn(clause, rule.items) };
  const clauses = after
    .slice(first.end)
    .split(BREAKDOWN)
    .flatMap(namedParts)
    .filter((c) => findNumbers(c).length > 0 || items.test(c));
  let left = 0;
  let said = 0;
  for (const clause of clauses) {
    const figures = findNumbers(clause.replace(/\+/g, ' ')).flatMap((n) => (n.value === undefined ? [] : [n.value]));
    if (figures.length === 0) continue;
    said += figures[0]!;
    if (items.test(clause)) left += figures[0]!;
  }
  // "of which 4 for anti-dsDNA and low complement": the figure's clause names one item, the next one another.
  const itemsNamed = clauses.some((c) => items.test(c));
  if (left === 0 && !itemsNamed && said !== total) return { kind: 'unsettled' };
  if (itemsNamed && left === 0) return { kind: 'unsettled' };
  return left > total ? { kind: 'unsettled' } : { kind: 'value', value: total - left, total, items: left };
}
