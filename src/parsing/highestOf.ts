import type { NumberFact } from '../domain/factDefinition';
import type { NumberInterval } from '../domain/factValue';
import { formatInterval } from '../engine/describeValue';
import { formatNumber } from '../text/formatNumber';
import { namesIn, wholeWords } from '../text/wholeWords';
import { invalid, listOf, quote, type ParseOutcome } from './outcome';

/** One part's value, in the fact's unit, and how it was said. */
export interface PartValue {
  part: string;
  value: NumberInterval;
}

export type Part = NonNullable<NumberFact['highestOf']>[number];

const named = (text: string, part: Part) => namesIn(text, part.names);
const withoutName = (text: string, part: Part) => wholeWords(part.names).reduce((t, p) => t.replace(p, ' '), text);

/**
 * The parts a typed answer names, each with the words of its value: "TG 2x ULN, TC and LDL normal" gives TG "2x ULN",
 * TC and LDL "normal". Clauses naming no part are left out ("on atorva 20").
 */
function partsSaid(text: string, fact: NumberFact): { part: Part; words: string }[] {
  const said: { part: Part; words: string }[] = [];
  let waiting: Part[] = [];
  for (const clause of text.split(/[,;|]/)) {
    const parts = (fact.highestOf ?? []).filter((part) => named(clause, part));
    if (parts.length === 0) continue;
    const rest = parts.reduce((t, part) => withoutName(t, part), clause);
    const words = rest.replace(/\b(?:and|all|are|is|both)\b|&/gi, ' ').replace(/\s+/g, ' ').trim();
    // "TC, LDL normal": parts named without a value share the next clause's.
    if (words === '') waiting = [...waiting, ...parts];
    else {
      for (const part of [...waiting, ...parts]) said.push({ part, words });
      waiting = [];
    }
  }
  return waiting.length > 0 ? [] : said;
}

/** Whether a typed answer names any part of a fact that is the highest of several. */
export function namesParts(text: string, fact: NumberFact): boolean {
  return (fact.highestOf ?? []).some((part) => named(text, part));
}

/**
 * "TG 2x ULN, TC and LDL normal": each part read as an answer of the fact (`readPart`), and the highest of them.
 */
export function parseHighestOf(entered: string, fact: NumberFact, readPart: (words: string) => ParseOutcome): ParseOutcome {
  const said = partsSaid(entered, fact);
  if (said.length === 0) return invalid(`Please give the value of each of ${listOf((fact.highestOf ?? []).map((p) => p.part), 'and')} relative to its upper limit of normal, or “normal”.`);
  const values: PartValue[] = [];
  for (const { part, words } of said) {
    const outcome = readPart(words);
    if (outcome.kind !== 'value' || outcome.value.kind !== 'number') {
      return invalid(`I could not read the ${part.part} in ${quote(entered)}: ${outcome.kind === 'invalid' || outcome.kind === 'ambiguous' ? outcome.message : 'please give its value relative to its upper limit of normal'}`);
    }
    values.push({ part: part.part, value: outcome.value.value });
  }
  const highest = highestOfParts(fact, values);
  if (highest.kind === 'problem') return invalid(highest.message);
  return { kind: 'value', value: { kind: 'number', value: highest.value, entered }, summary: highest.summary };
}

/** The highest of the parts' values, when every part is given; otherwise the parts not given are asked. */
export function highestOfParts(fact: NumberFact, values: readonly PartValue[]): { kind: 'value'; value: NumberInterval; summary: string } | { kind: 'problem'; message: string } {
  const parts = fact.highestOf ?? [];
  const byPart = new Map<string, NumberInterval>();
  for (const { part, value } of values) {
    const before = byPart.get(part);
    if (before && (before.low !== value.low || before.high !== value.high)) return { kind: 'problem', message: `The ${part} is given twice, with different values; please give one.` };
    byPart.set(part, value);
  }
  const given = parts.filter((p) => byPart.has(p.part));
  const missing = parts.filter((p) => !byPart.has(p.part));
  const low = Math.max(...given.map((p) => byPart.get(p.part)!.low ?? 0));
  const highs = given.map((p) => byPart.get(p.part)!.high);
  const shown = (v: NumberInterval) =>
    fact.normal && v.low === fact.normal[0] && v.high === fact.normal[1] ? 'normal' : v.low === v.high && v.low !== undefined ? `${formatNumber(v.low)} ${fact.unitLabel}` : `${formatInterval(v)} ${fact.unitLabel}`;
  const each = given.map((p) => `${p.part} ${shown(byPart.get(p.part)!)}`).join('; ');
  if (missing.length === 0) {
    const value = highs.some((h) => h === undefined) ? { low } : { low, high: Math.max(...(highs as number[])) };
    return { kind: 'value', value, summary: `${fact.label}: ${shown(value)} (${each})` };
  }
  const which = listOf(missing.map((p) => `the ${p.part}`), 'and');
  return { kind: 'problem', message: `${which[0]!.toUpperCase()}${which.slice(1)} ${missing.length > 1 ? 'are' : 'is'} not given: please give ${missing.length > 1 ? 'each' : 'it'} relative to its upper limit of normal, or “normal”.` };
}
