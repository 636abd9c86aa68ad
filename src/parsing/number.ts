import type { AcceptedUnit, NumberFact } from '../domain/factDefinition';
import type { Quantity, UlnRatio } from '../domain/parseProblem';
import { normalizeName } from '../text/normalize';
import { toCanonicalUnit } from '../units/factUnit';
import { roundConverted } from '../units/ucum';
import { ambiguous, invalid, type ParseOutcome } from './outcome';
import { readQuantity } from './quantity';
import { boundedInterval, boundIn, type Bound } from './bounds';
import { hasNegativeNumber, isApproximation } from './signs';
import { acceptedUnits, caseLookalike, lookupUnits, offeredUnits, refusedUnit, unitKey } from './units';

const NORMAL = new Set(['normal', 'wnl', 'within normal limits', 'within normal range', 'normal range'].map(normalizeName));

/** Facts in this unit are multiples of the laboratory's upper limit: they can also be answered with the raw value and the ULN. */
export const ULN_UNIT = '{ULN}';
/** "80 U/L, ULN 40", "80 (ULN 40)", "30 µmol/L with upper limit of normal 21". */
const ULN_CLAUSE = /^(.*?)[\s,;(]*\b(?:with\s+)?(?:uln|upper\s+limit(?:\s+of\s+normal)?)\s*(?:is|of|=|:)?\s*(\.?\d.*?)[\s).]*$/i;

export function parseNumber(entered: string, fact: NumberFact): ParseOutcome {
  if (hasNegativeNumber(entered)) return invalid({ code: 'negative', entered, fact: fact.id });
  if (fact.normal && NORMAL.has(normalizeName(entered))) {
    const value = { low: fact.normal[0], high: fact.normal[1] };
    return { kind: 'value', value: { kind: 'number', value, entered }, reading: { as: 'normal' } };
  }
  const ratio = fact.unit === ULN_UNIT ? ULN_CLAUSE.exec(entered) : null;
  if (ratio) return parseUlnRatio(entered, ratio[1] ?? '', ratio[2] ?? '', fact);

  const reading = readQuantity(entered, (unitText) => lookupUnits(unitText, fact).length > 0 || refusedUnit(unitText, fact) !== undefined);
  switch (reading.kind) {
    case 'no-number':
      return invalid({ code: 'no-number', fact: fact.id });
    case 'several-numbers':
      return invalid({ code: 'several-numbers', entered, fact: fact.id });
    case 'unreadable-number':
      return invalid({ code: 'unreadable-number', text: reading.text });
    case 'unknown-unit': {
      const lookalike = caseLookalike(reading.unitText, fact);
      return invalid({ code: 'unknown-unit', unit: reading.unitText, fact: fact.id, ...(lookalike ? { lookalike } : {}) });
    }
  }
  if (isApproximation(reading.before)) return ambiguous({ code: 'not-exact', entered });
  const foreign = foreignWords(reading.before, fact);
  if (foreign.length > 0) return invalid({ code: 'foreign-words', entered, words: foreign.join(' '), fact: fact.id });
  if (refusedUnit(reading.unitText, fact)) return invalid({ code: 'refused-unit', unit: reading.unitText, fact: fact.id });
  const bound = boundIn(reading.before);
  if (reading.unitText === '') return parseUnitless(entered, reading.value, bound, fact);
  const units = lookupUnits(reading.unitText, fact);
  const [unit] = units;
  if (unit && units.length === 1) return accept(entered, toCanonical(reading.value, unit, fact), bound, fact, quantity(reading.value, unit, bound));
  return ambiguous({ code: 'which-unit', unit: reading.unitText, fact: fact.id, units: units.map((u) => u.ucum) });
}

/**
 * Words a value may follow besides the fact's own names: a comparator, a time, a verb. Any other word may name
 * another measure ("CKD stage 3" is no eGFR of 3, "grade 2" no platelet count), so the value is asked for alone.
 */
const LEAD_WORDS = new Set(
  [
    ...['the', 'a', 'an', 'is', 'was', 'were', 'are', 'of', 'at', 'to', 'now', 'currently', 'current', 'latest', 'last', 'most', 'recent', 'recently'],
    ...['today', 'yesterday', 'value', 'level', 'count', 'result', 'total', 'pt', 'patient', 'she', 'he', 'it', 'only', 'still', 'down', 'up'],
    ...['less', 'more', 'greater', 'than', 'least', 'above', 'below', 'over', 'under', 'min', 'minimum', 'max', 'maximum'],
    ...['low', 'high', 'raised', 'elevated', 'reduced', 'decreased', 'increased', 'normal'],
  ],
);

/** Whether the words before a number name no other measure than the fact ("Hb now", "the latest"), so the number is the fact's. */
export function namesOnlyFact(before: string, fact: NumberFact): boolean {
  return foreignWords(before, fact).length === 0;
}

function foreignWords(before: string, fact: NumberFact): string[] {
  const own = new Set([fact.label, ...fact.names.flatMap((name) => (typeof name === 'string' ? [name] : 'part' in name ? [name.part] : []))].flatMap((name) => normalizeName(name).split(' ')));
  return before.split(/[^\p{L}\p{N}'’]+/u).filter((word) => {
    const key = normalizeName(word);
    return key !== '' && !own.has(key) && !LEAD_WORDS.has(key);
  });
}

/** A bare number is read in every accepted unit; it is accepted only if all plausible readings agree. */
function parseUnitless(entered: string, value: number, bound: Bound, fact: NumberFact): ParseOutcome {
  const byMeaning = new Map<number, AcceptedUnit>();
  for (const unit of acceptedUnits(fact).filter((u) => !u.onlyWhenWritten)) {
    const canonical = toCanonical(value, unit, fact);
    if (isPlausible(canonical, fact) && !byMeaning.has(canonical)) byMeaning.set(canonical, unit);
  }
  const [reading, ...others] = byMeaning;
  if (!reading) return invalid({ code: 'implausible-anywhere', amount: value, fact: fact.id });
  // A bare number one decimal point away from plausible in the fact's own unit (1501 for 150.1) may be a slip
  // in that unit rather than a count in another: the unit is asked, never assumed.
  if (!isPlausible(value, fact) && value <= fact.plausible[1] * 10 && value >= fact.plausible[0] / 10 && reading[1].ucum !== fact.unit) {
    return ambiguous({ code: 'decimal-slip', amount: value, fact: fact.id, reading: quantity(value, reading[1], bound) });
  }
  if (others.length > 0) return ambiguous({ code: 'which-reading', fact: fact.id, readings: [...byMeaning.values()].map((unit) => quantity(value, unit, undefined)) });
  // acceptedUnits lists the canonical unit first, so it is the one named when several units agree (×10^9/L and ×10^3/µL).
  const [canonical, unit] = reading;
  if (offeredUnits(fact).length === 1) return accept(entered, canonical, bound, fact, quantity(value, unit, bound));
  // Read in another unit than the question's own (45000 as /µL), it says so; in its own unit, a field labelled with it
  // needs no note, and the guess goes with the reading for a summary's confirmation card to mark.
  const outcome = accept(entered, canonical, bound, fact, quantity(value, unit, bound), unit.ucum !== fact.unit);
  return outcome.kind === 'value' ? { ...outcome, guesses: ['unit-assumed'] } : outcome;
}

/**
 * Checks plausibility and records the value, or the closed interval a bound stands for; `shown` is the reading in
 * the clinician's terms, `unitAssumed` when it is read in another unit than the question's, none being typed.
 */
function accept(entered: string, canonical: number, bound: Bound, fact: NumberFact, shown: Quantity | UlnRatio, unitAssumed = false): ParseOutcome {
  if (!isPlausible(canonical, fact)) return invalid({ code: 'implausible', fact: fact.id, reading: shown });
  const value = { kind: 'number' as const, value: boundedInterval(canonical, bound), entered };
  if ('ratio' in shown) return { kind: 'value', value, reading: { as: 'uln', ratio: shown } };
  return { kind: 'value', value, reading: { as: 'quantity', ...shown, ...(unitAssumed ? { unitAssumed } : {}) } };
}

/** Value with the lab's ULN: the ratio is the answer, in the same unit on both sides. */
function parseUlnRatio(entered: string, valueText: string, ulnText: string, fact: NumberFact): ParseOutcome {
  const anyUnit = (unitText: string) => !/\d/.test(unitText);
  const value = readQuantity(valueText, anyUnit);
  const uln = readQuantity(ulnText, anyUnit);
  if (value.kind !== 'quantity' || uln.kind !== 'quantity' || uln.value === 0) return invalid({ code: 'uln-two-numbers' });
  if (value.unitText && uln.unitText && unitKey(value.unitText).toLowerCase() !== unitKey(uln.unitText).toLowerCase()) {
    return invalid({ code: 'uln-same-unit', valueUnit: value.unitText, ulnUnit: uln.unitText });
  }
  const bound = boundIn(value.before);
  const ratio = roundConverted(value.value / uln.value);
  return accept(entered, ratio, bound, fact, { amount: value.value, uln: uln.value, unit: value.unitText || uln.unitText, ratio, ...(bound ? { bound } : {}) });
}

function toCanonical(value: number, unit: AcceptedUnit, fact: NumberFact): number {
  return toCanonicalUnit(value, unit.ucum, fact.unit, fact.accepts);
}

function isPlausible(canonical: number, fact: NumberFact): boolean {
  return canonical >= fact.plausible[0] && canonical <= fact.plausible[1];
}

/** A number as typed, in the unit it was read in. */
function quantity(amount: number, unit: AcceptedUnit, bound: Bound): Quantity {
  return { amount, unit: unit.ucum, ...(bound ? { bound } : {}) };
}
