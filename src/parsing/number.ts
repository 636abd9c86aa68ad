import type { Day } from '../dates/calendar';
import type { AcceptedUnit, NumberFact } from '../domain/factDefinition';
import { formatInterval } from '../engine/describeValue';
import { formatNumber } from '../text/formatNumber';
import { normalizeName } from '../text/normalize';
import { toCanonicalUnit } from '../units/factUnit';
import { roundConverted } from '../units/ucum';
import { currentValue } from './currentValue';
import { ambiguous, invalid, listOf, quote, type ParseOutcome } from './outcome';
import { namesParts, parseHighestOf } from './highestOf';
import { findNumbers } from './numberText';
import { readTotalLess, type TotalReading } from './totalLess';
import { readQuantity } from './quantity';
import { referenceAt } from './referenceRange';
import { boundedInterval, boundIn, type Bound } from './bounds';
import { hasNegativeNumber, isApproximation } from './signs';
import { acceptedUnits, caseLookalike, lookupUnits, refusedUnit, unitKey, unitName } from './units';

const NORMAL = new Set(['normal', 'wnl', 'within normal limits', 'within normal range', 'normal range'].map(normalizeName));

/** Facts in this unit are multiples of the laboratory's upper limit: they can also be answered with the raw value and the ULN. */
export const ULN_UNIT = '{ULN}';
/** "80 U/L, ULN 40", "80 (ULN 40)", "30 µmol/L with upper limit of normal 21". */
const ULN_CLAUSE = /^(.*?)[\s,;(]*\b(?:with\s+)?(?:uln|upper\s+limit(?:\s+of\s+normal)?)\s*(?:is|of|=|:)?\s*(\.?\d.*?)[\s).]*$/i;

export function parseNumber(entered: string, fact: NumberFact, today: Day): ParseOutcome {
  if (hasNegativeNumber(entered)) {
    return invalid(`${fact.label} cannot be negative, and ${quote(entered)} has a minus sign. Please give the value without it, or “unknown”.`);
  }
  // "SLEDAI 12 incl. 4 for dsDNA/complement": a total less the items the fact leaves out.
  const total = readTotalLess(entered, fact);
  if (total) return totalOutcome(total, entered, fact);
  // "TG 2x ULN, TC and LDL normal": the highest of the parts named, each read as this fact's answer.
  if (fact.highestOf && namesParts(entered, fact)) return parseHighestOf(entered, fact, (words) => parseNumber(words, { ...fact, highestOf: undefined }, today));
  if (fact.normal && saysNormal(entered, fact)) {
    const value = { low: fact.normal[0], high: fact.normal[1] };
    return { kind: 'value', value: { kind: 'number', value, entered }, summary: `${fact.label}: normal (${formatInterval(value)} ${fact.unitLabel})` };
  }
  const ratio = fact.unit === ULN_UNIT ? ULN_CLAUSE.exec(entered) : null;
  if (ratio) return parseUlnRatio(entered, ratio[1] ?? '', ratio[2] ?? '', fact);
  const referenced = withoutReference(withoutComment(entered, fact), fact);
  if (referenced.upper !== undefined) return parseUlnRatio(entered, referenced.text, String(referenced.upper), fact);

  const reading = readQuantity(referenced.text, (unitText) => lookupUnits(unitText, fact).length > 0 || refusedUnit(unitText, fact) !== undefined);
  if (reading.kind === 'several-numbers' || (reading.kind === 'unknown-unit' && /\d/.test(reading.unitText))) {
    // "18 → 35 → latest 52", "45. no wait, 54": the one value meant now, when the words settle which.
    const current = currentValue(entered, today, (words) => namesOnlyFact(words, fact));
    if (current !== undefined) {
      const outcome = parseNumber(current.text, fact, today);
      return outcome.kind === 'value' && outcome.value.kind === 'number' ? { ...outcome, value: { ...outcome.value, entered } } : outcome;
    }
  }
  switch (reading.kind) {
    case 'no-number':
      return invalid(`Please give a number for ${fact.label}. ${unitsAccepted(fact)}.`);
    case 'several-numbers':
      return invalid(`I found more than one number in ${quote(entered)}; please give one value for ${fact.label}.`);
    case 'unreadable-number':
      return invalid(`I could not read ${quote(reading.text)} as a number (write e.g. 8.5 or 45000).`);
    case 'unknown-unit': {
      const lookalike = caseLookalike(reading.unitText, fact);
      const hint = lookalike ? ` It is a unit of another kind than ${quote(lookalike)}: letter case matters (g/L is grams per litre, G/L 10^9 per litre).` : '';
      return invalid(`I did not recognise the unit ${quote(reading.unitText)}.${hint} ${unitsAccepted(fact)}.`);
    }
  }
  if (isApproximation(reading.before)) {
    return ambiguous(`${quote(entered)} is not an exact value. Please give the value as measured, a bound (e.g. “> 40”), or “unknown”.`);
  }
  const foreign = foreignWords(reading.before, fact);
  if (foreign.length > 0) {
    return invalid(`I could not tell whether the number in ${quote(entered)} is ${fact.label}: ${quote(foreign.join(' '))} came before it. Please give the value alone, or “unknown”.`);
  }
  const refused = refusedUnit(reading.unitText, fact);
  if (refused) return invalid(refused.because);
  const bound = boundIn(reading.before);
  // "ALT 56": a laboratory value named and given in its own unit, not a multiple of its upper limit.
  if (fact.unit === ULN_UNIT && reading.unitText === '' && namesFact(reading.before, fact)) {
    return invalid(`${quote(entered)} gives the value without the laboratory's upper limit of normal. Please add the ULN (e.g. “${formatNumber(reading.value)} U/L, ULN 40”), or give it as a multiple (e.g. “1.4 × ULN”) or “normal”.`);
  }
  if (reading.unitText === '') return parseUnitless(entered, reading.value, bound, fact);
  const units = lookupUnits(reading.unitText, fact);
  const [unit] = units;
  if (unit && units.length === 1) return accept(entered, toCanonical(reading.value, unit, fact), bound, fact, describe(reading.value, unit, bound, fact));
  return ambiguous(`Which unit is ${quote(reading.unitText)}: ${listOf(units.map((u) => unitName(u, fact)))}?`);
}

/**
 * Words a value may follow besides the fact's own names: a comparator, a time, a verb. Any other word may name
 * another measure ("CKD stage 3" is no eGFR of 3, "grade 2" no platelet count), so the value is asked for alone.
 */
const LEAD_WORDS = new Set(
  [
    ...['the', 'a', 'an', 'is', 'was', 'were', 'are', 'of', 'at', 'to', 'now', 'currently', 'current', 'latest', 'last', 'most', 'recent', 'recently'],
    ...['today', 'yesterday', 'value', 'level', 'count', 'result', 'total', 'pt', 'patient', 'she', 'he', 'it', 'only', 'still', 'down', 'up'],
    // The value at leaving hospital is the latest one ("PLT on discharge 68").
    ...['on', 'at', 'discharge'],
    ...['less', 'more', 'greater', 'than', 'least', 'above', 'below', 'over', 'under', 'min', 'minimum', 'max', 'maximum'],
    ...['low', 'high', 'raised', 'elevated', 'reduced', 'decreased', 'increased', 'normal'],
  ],
);

/** Whether the words before a number name no other measure than the fact ("Hb now", "the latest"), so the number is the fact's. */
export function namesOnlyFact(before: string, fact: NumberFact): boolean {
  return foreignWords(before, fact).length === 0;
}

function foreignWords(before: string, fact: NumberFact): string[] {
  const own = ownWords(fact);
  return before.split(/[^\p{L}\p{N}'’]+/u).filter((word) => {
    const key = normalizeName(word);
    return key !== '' && !own.has(key) && !LEAD_WORDS.has(key);
  });
}

/** The words of the fact's label and names. */
function ownWords(fact: NumberFact): Set<string> {
  return new Set([fact.label, ...fact.names.flatMap((name) => (typeof name === 'string' ? [name] : 'part' in name ? [name.part] : []))].flatMap((name) => normalizeName(name).split(' ')));
}

/** Whether the words name the fact ("ALT" before "56"), beyond lead words. */
function namesFact(before: string, fact: NumberFact): boolean {
  const own = ownWords(fact);
  return before.split(/[^\p{L}\p{N}'’]+/u).some((word) => own.has(normalizeName(word)) && !LEAD_WORDS.has(normalizeName(word)));
}

/** "normal", "LFTs normal", "ALT is WNL": normal, with nothing but the fact's names and lead words besides. */
function saysNormal(entered: string, fact: NumberFact): boolean {
  if (NORMAL.has(normalizeName(entered))) return true;
  const names = new Set(fact.names.flatMap((name) => (typeof name === 'string' ? [name] : 'part' in name ? [name.part] : [])).flatMap((name) => normalizeName(name).split(' ')));
  const words = normalizeName(entered).split(' ').filter((w) => !names.has(w) && !['the', 'is', 'are', 'was', 'were', 'all', 'now', 'currently'].includes(w));
  return words.length > 0 && NORMAL.has(words.join(' '));
}

/** "SLEDAI-2K 4 (clinical only)": words in a bracket at the end, with no figure and no unit of the fact, are a comment. */
function withoutComment(entered: string, fact: NumberFact): string {
  const comment = /\s*\(([^()\d]*)\)\s*$/.exec(entered);
  return comment && lookupUnits(comment[1]!.trim(), fact).length === 0 && findNumbers(entered.slice(0, comment.index)).length > 0 ? entered.slice(0, comment.index) : entered;
}

/**
 * The answer without a reference range or flag after its value ("C3 62 mg/dl (low)", "TG 2.6 [<1.7]"); for a fact
 * relative to the upper limit, the range's upper end as the ULN ("ALT 24 (<35)", "AST 61 U/L (ref 10–40)").
 */
function withoutReference(entered: string, fact: NumberFact): { text: string; upper?: number } {
  const [first] = findNumbers(entered);
  if (!first) return { text: entered };
  const unit = /^\s*[^\s\d()[\]|,;]+/.exec(entered.slice(first.end))?.[0] ?? '';
  for (const unitLength of [unit.length, 0]) {
    const reference = referenceAt(entered.slice(first.end + unitLength));
    if (!reference) continue;
    const text = entered.slice(0, first.end + unitLength) + entered.slice(first.end + unitLength + reference.length);
    return fact.unit === ULN_UNIT && reference.upper !== undefined ? { text, upper: reference.upper } : { text };
  }
  return { text: entered };
}

/** A bare number is read in every accepted unit; it is accepted only if all plausible readings agree. */
function parseUnitless(entered: string, value: number, bound: Bound, fact: NumberFact): ParseOutcome {
  const byMeaning = new Map<number, AcceptedUnit>();
  for (const unit of acceptedUnits(fact).filter((u) => !u.onlyWhenWritten)) {
    const canonical = toCanonical(value, unit, fact);
    if (isPlausible(canonical, fact) && !byMeaning.has(canonical)) byMeaning.set(canonical, unit);
  }
  const [reading, ...others] = byMeaning;
  if (!reading) {
    return invalid(`${formatNumber(value)} is outside the plausible range of ${fact.label} (${plausibleRange(fact)}) in every accepted unit. Please check the value and add its unit.`);
  }
  // A bare number one decimal point away from plausible in the fact's own unit (1501 for 150.1) may be a slip
  // in that unit rather than a count in another: the unit is asked, never assumed. A whole number ending in 0
  // ("ANC 800") is no slip: nobody writes the zeros after a decimal point (80.0) that dropping it would leave.
  const slip = value <= fact.plausible[1] * 10 && value >= fact.plausible[0] / 10 && reading[1].ucum !== fact.unit && !(Number.isInteger(value) && value % 10 === 0);
  if ((!isPlausible(value, fact) && slip) || others.length > 0) {
    const readings = listOf([...byMeaning.values()].map((unit) => describe(value, unit, undefined, fact)));
    return ambiguous(
      isPlausible(value, fact)
        ? `Did you mean ${readings}? Please add the unit.`
        : `${formatNumber(value)} ${fact.unitLabel} is outside the plausible range of ${fact.label} (${plausibleRange(fact)}); did you mean ${readings}? Please add the unit.`,
    );
  }
  // acceptedUnits lists the canonical unit first, so it is the one named when several units agree (×10^9/L and ×10^3/µL).
  const [canonical, unit] = reading;
  if (acceptedUnits(fact).filter((u) => !u.onlyWhenWritten).length === 1) return accept(entered, canonical, bound, fact, describe(value, unit, bound, fact));
  // Read in another unit than the question's own (45000 as /µL), it says so; in its own unit, a field labelled with it
  // needs no note, and the guess goes with the reading for a summary's confirmation card to mark.
  const note = unit.ucum === fact.unit ? '' : ` No unit was given: read as ${unitName(unit, fact)}, the only plausible unit.`;
  const outcome = accept(entered, canonical, bound, fact, describe(value, unit, bound, fact), note);
  return outcome.kind === 'value' ? { ...outcome, guesses: ['unit-assumed'] } : outcome;
}

/** Checks plausibility and records the value, or the closed interval a bound stands for; `shown` is the reading in the clinician's terms. */
function accept(entered: string, canonical: number, bound: Bound, fact: NumberFact, shown: string, note = ''): ParseOutcome {
  if (!isPlausible(canonical, fact)) {
    return invalid(`${shown} is outside the plausible range of ${fact.label} (${plausibleRange(fact)}). Please check the value and its unit.`);
  }
  const interval = boundedInterval(canonical, bound);
  const closed = bound?.strict
    ? ` Recorded as ${formatInterval(interval)} ${fact.unitLabel}: the bound itself is included (a closed-interval approximation of ${bound.side === 'above' ? '>' : '<'}).`
    : '';
  return { kind: 'value', value: { kind: 'number', value: interval, entered }, summary: `${fact.label}: ${shown}.${note}${closed}` };
}

/** Value with the lab's ULN: the ratio is the answer, in the same unit on both sides. */
function parseUlnRatio(entered: string, valueText: string, ulnText: string, fact: NumberFact): ParseOutcome {
  const anyUnit = (unitText: string) => !/\d/.test(unitText);
  const value = readQuantity(valueText, anyUnit);
  const uln = readQuantity(ulnText, anyUnit);
  if (value.kind !== 'quantity' || uln.kind !== 'quantity' || uln.value === 0) {
    return invalid(`Please give the value and the laboratory's upper limit of normal as two numbers, e.g. “80 U/L, ULN 40”.`);
  }
  const foreign = foreignWords(value.before, fact);
  if (foreign.length > 0) {
    return invalid(`I could not tell whether the number in ${quote(entered)} is ${fact.label}: ${quote(foreign.join(' '))} came before it. Please give the value alone, or “unknown”.`);
  }
  if (value.unitText && uln.unitText && unitKey(value.unitText).toLowerCase() !== unitKey(uln.unitText).toLowerCase()) {
    return invalid(`The value (${value.unitText}) and the ULN (${uln.unitText}) must be in the same unit, or give the multiple of ULN directly (e.g. “1.2 × ULN”).`);
  }
  const unit = value.unitText || uln.unitText;
  const withUnit = (n: number) => (unit ? `${formatNumber(n)} ${unit}` : formatNumber(n));
  const bound = boundIn(value.before);
  const ratio = roundConverted(value.value / uln.value);
  const shown = `${sign(bound)}${withUnit(value.value)} with ULN ${withUnit(uln.value)} = ${sign(bound)}${formatNumber(ratio)} ${fact.unitLabel}`;
  return accept(entered, ratio, bound, fact, shown);
}

function toCanonical(value: number, unit: AcceptedUnit, fact: NumberFact): number {
  return toCanonicalUnit(value, unit.ucum, fact.unit, fact.accepts);
}

function isPlausible(canonical: number, fact: NumberFact): boolean {
  return canonical >= fact.plausible[0] && canonical <= fact.plausible[1];
}

function plausibleRange(fact: NumberFact): string {
  return `${formatNumber(fact.plausible[0])}–${formatNumber(fact.plausible[1])} ${fact.unitLabel}`;
}

function unitsAccepted(fact: NumberFact): string {
  // A unit only Chinese notes write ("万") is read, but not offered in an English message.
  const names = acceptedUnits(fact).filter((u) => !u.onlyWhenWritten).map((u) => unitName(u, fact));
  return `${fact.label} can be given in ${listOf(names)}`;
}

function sign(bound: Bound): string {
  return bound === undefined ? '' : bound.side === 'above' ? (bound.strict ? '> ' : '≥ ') : bound.strict ? '< ' : '≤ ';
}

/** "> 45 ×10^3/µL (= > 45 ×10^9/L)", or just "85 g/L" when typed in the canonical unit. */
function describe(value: number, unit: AcceptedUnit, bound: Bound, fact: NumberFact): string {
  const typed = `${sign(bound)}${formatNumber(value)} ${unitName(unit, fact)}`;
  if (unit.ucum === fact.unit) return typed;
  return `${typed} (= ${sign(bound)}${formatNumber(toCanonical(value, unit, fact))} ${fact.unitLabel})`;
}

/** A total less the items the fact leaves out, as the fact's value; asked when the words do not say what is left out. */
export function totalOutcome(total: TotalReading, entered: string, fact: NumberFact): ParseOutcome {
  if (total.kind === 'unsettled') {
    return ambiguous(`${quote(entered)} gives the total, not how many of its points “${fact.label}” leaves out; please give that score, or the points to leave out.`);
  }
  const how = total.items > 0 ? ` (${formatNumber(total.total)} less ${formatNumber(total.items)} for the items it leaves out)` : '';
  return accept(entered, total.value, undefined, fact, `${formatNumber(total.value)} ${fact.unitLabel}${how}`);
}
