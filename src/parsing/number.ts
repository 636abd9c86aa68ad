import { AssertionMatcher } from '../assertion/assertionMatcher';
import type { AcceptedUnit, NumberFact } from '../domain/factDefinition';
import type { Quantity, UlnRatio } from '../domain/parseProblem';
import type { ReadingWords } from '../domain/readingWords';
import { normalizeName, normalizedAlternatives } from '../text/normalize';
import { toCanonicalUnit } from '../units/factUnit';
import { roundConverted } from '../units/ucum';
import { currentValue } from './currentValue';
import { ambiguous, invalid, type ParseContext, type ParseOutcome } from './outcome';
import { namesParts, parseHighestOf } from './highestOf';
import { findNumbers } from './numberText';
import { readTotalLess, type TotalReading } from './totalLess';
import { readQuantity } from './quantity';
import { referenceAt } from './referenceRange';
import { boundedInterval, boundIn, type Bound } from './bounds';
import { hasNegativeNumber, isApproximation } from './signs';
import { acceptedUnits, caseLookalike, lookupUnits, offeredUnits, refusedUnit, unitKey } from './units';
import { valueWords } from './valueWords';

/** Facts in this unit are multiples of the laboratory's upper limit: they can also be answered with the raw value and the ULN. */
export const ULN_UNIT = '{ULN}';

export function parseNumber(entered: string, fact: NumberFact, context: ParseContext): ParseOutcome {
  const words = context.vocabulary.words;
  if (hasNegativeNumber(entered)) return invalid({ code: 'negative', entered, fact: fact.id });
  // "SLEDAI 12 incl. 4 for dsDNA/complement": a total less the items the fact leaves out.
  const total = readTotalLess(entered, fact);
  if (total) return totalOutcome(total, entered, fact);
  // "TG 2x ULN, TC and LDL normal": the highest of the parts named, each read as this fact's answer.
  if (fact.highestOf && namesParts(entered, fact)) return parseHighestOf(entered, fact, (part) => parseNumber(part, { ...fact, highestOf: undefined }, context));
  if (fact.normal && saysNormal(entered, fact, words)) {
    const value = { low: fact.normal[0], high: fact.normal[1] };
    return { kind: 'value', value: { kind: 'number', value, entered }, reading: { as: 'normal' } };
  }
  const ratio = fact.unit === ULN_UNIT ? valueWords(words).ulnAnswer.exec(entered) : null;
  if (ratio) return parseUlnRatio(entered, ratio[1] ?? '', ratio[2] ?? '', fact, words);
  const referenced = withoutReference(withoutComment(entered, fact), fact);
  if (referenced.upper !== undefined) return parseUlnRatio(entered, referenced.text, String(referenced.upper), fact, words);

  const reading = readQuantity(referenced.text, (unitText) => lookupUnits(unitText, fact).length > 0 || refusedUnit(unitText, fact) !== undefined);
  if (reading.kind === 'several-numbers' || (reading.kind === 'unknown-unit' && /\d/.test(reading.unitText))) {
    // "18 → 35 → latest 52", "45. no wait, 54": the one value meant now, when the words settle which.
    const cues = AssertionMatcher.of(context.vocabulary.assertion);
    const current = currentValue(entered, context.today, (before) => namesOnlyFact(before, fact, words), (text) => cues.correctionsIn(text));
    if (current !== undefined) {
      const outcome = parseNumber(current.text, fact, context);
      return outcome.kind === 'value' && outcome.value.kind === 'number' ? { ...outcome, value: { ...outcome.value, entered } } : outcome;
    }
  }
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
  const foreign = foreignWords(reading.before, fact, words);
  if (foreign.length > 0) return invalid({ code: 'foreign-words', entered, words: foreign.join(' '), fact: fact.id });
  if (refusedUnit(reading.unitText, fact)) return invalid({ code: 'refused-unit', unit: reading.unitText, fact: fact.id });
  const bound = boundIn(reading.before);
  // "ALT 56": a laboratory value named and given in its own unit, not a multiple of its upper limit.
  if (fact.unit === ULN_UNIT && reading.unitText === '' && namesFact(reading.before, fact, words)) {
    return invalid({ code: 'uln-missing', entered, amount: reading.value });
  }
  if (reading.unitText === '') return parseUnitless(entered, reading.value, bound, fact);
  const units = lookupUnits(reading.unitText, fact);
  const [unit] = units;
  if (unit && units.length === 1) return accept(entered, toCanonical(reading.value, unit, fact), bound, fact, quantity(reading.value, unit, bound));
  return ambiguous({ code: 'which-unit', unit: reading.unitText, fact: fact.id, units: units.map((u) => u.ucum) });
}

/** Whether the words before a number name no other measure than the fact ("Hb now", "the latest", "最新"), so the number is the fact's. */
export function namesOnlyFact(before: string, fact: NumberFact, words: ReadingWords): boolean {
  return foreignWords(before, fact, words).length === 0;
}

const leadPatterns = new WeakMap<ReadingWords, RegExp>();

/** words.<lang>.yaml `valueLeads` (a comparator, a time, a verb), as a pattern over normalized words. */
function leadsOf(words: ReadingWords): RegExp {
  let leads = leadPatterns.get(words);
  if (!leads) leadPatterns.set(words, (leads = new RegExp(`(?<=^| )${normalizedAlternatives(words.valueLeads)}(?= |$)`, 'g')));
  return leads;
}

/**
 * The words before a number that are neither the fact's own names nor words a value may follow. Any other word may
 * name another measure ("CKD stage 3" is no eGFR of 3, "grade 2" no platelet count, "一过性升至8万" no latest count),
 * so the value is asked for alone. A run of Chinese is read as the lead words it is made of ("计数为", "最新").
 */
function foreignWords(before: string, fact: NumberFact, words: ReadingWords): string[] {
  const own = ownWords(fact);
  return before.split(/[^\p{L}\p{N}'’]+/u).filter((word) =>
    withoutNames(word, fact)
      .replace(leadsOf(words), ' ')
      .split(' ')
      .some((w) => w !== '' && !own.has(w)),
  );
}

/** The fact's label and names, as written. */
const namesOf = (fact: NumberFact): string[] => [fact.label, ...fact.names.flatMap((name) => (typeof name === 'string' ? [name] : 'part' in name ? [name.part] : []))];

/**
 * The words of the fact's label and names, those of spaced scripts only: Chinese is read character by character,
 * and its characters alone would let any run of them pass ("白蛋白" is made of characters of "血红蛋白").
 */
function ownWords(fact: NumberFact): Set<string> {
  return new Set(namesOf(fact).flatMap((name) => normalizeName(name).split(' ')).filter((word) => !/\p{Script=Han}/u.test(word)));
}

/** The text normalized, with the fact's names taken out whole, the longest first. */
function withoutNames(text: string, fact: NumberFact): string {
  const names = namesOf(fact).map(normalizeName).sort((a, b) => b.length - a.length);
  return names.reduce((rest, name) => rest.split(` ${name} `).join(' '), ` ${normalizeName(text)} `).trim();
}

/** Whether the words name the fact ("ALT" before "56"), beyond lead words. */
function namesFact(before: string, fact: NumberFact, words: ReadingWords): boolean {
  const own = ownWords(fact);
  return before.split(/[^\p{L}\p{N}'’]+/u).some((word) => own.has(normalizeName(word)) && normalizeName(word).replace(leadsOf(words), '').trim() !== '');
}

/** "normal", "LFTs normal", "ALT is WNL", "肝功能正常": normal, with nothing but the fact's names and lead words besides. */
function saysNormal(entered: string, fact: NumberFact, words: ReadingWords): boolean {
  if (valueWords(words).normalAnswer.test(entered)) return true;
  // The names are taken out whole, never word by word: a label may itself say "normal" ("… the upper limit of
  // normal", "…正常值上限的倍数"), and Chinese is compared character by character.
  const rest = withoutNames(entered, fact)
    .split(' ')
    .filter((w) => w !== '' && !['the', 'is', 'are', 'was', 'were', 'all', 'now', 'currently'].includes(w));
  return rest.length > 0 && words.normal.some((phrase) => normalizeName(phrase) === rest.join(' '));
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
  if (!reading) return invalid({ code: 'implausible-anywhere', amount: value, fact: fact.id });
  // A bare number one decimal point away from plausible in the fact's own unit (1501 for 150.1) may be a slip
  // in that unit rather than a count in another: the unit is asked, never assumed. A whole number ending in 0
  // ("ANC 800") is no slip: nobody writes the zeros after a decimal point (80.0) that dropping it would leave.
  const slip = value <= fact.plausible[1] * 10 && value >= fact.plausible[0] / 10 && reading[1].ucum !== fact.unit && !(Number.isInteger(value) && value % 10 === 0);
  if ((!isPlausible(value, fact) && slip) || others.length > 0) {
    const readings = [...byMeaning.values()].map((unit) => quantity(value, unit, undefined));
    return ambiguous(isPlausible(value, fact) ? { code: 'which-reading', fact: fact.id, readings } : { code: 'decimal-slip', amount: value, fact: fact.id, readings });
  }
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
function parseUlnRatio(entered: string, valueText: string, ulnText: string, fact: NumberFact, words: ReadingWords): ParseOutcome {
  const anyUnit = (unitText: string) => !/\d/.test(unitText);
  const value = readQuantity(valueText, anyUnit);
  const uln = readQuantity(ulnText, anyUnit);
  if (value.kind !== 'quantity' || uln.kind !== 'quantity' || uln.value === 0) return invalid({ code: 'uln-two-numbers' });
  const foreign = foreignWords(value.before, fact, words);
  if (foreign.length > 0) return invalid({ code: 'foreign-words', entered, words: foreign.join(' '), fact: fact.id });
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

/** A total less the items the fact leaves out, as the fact's value; asked when the words do not say what is left out. */
export function totalOutcome(total: TotalReading, entered: string, fact: NumberFact): ParseOutcome {
  if (total.kind === 'unsettled') return ambiguous({ code: 'total-unsettled', entered, fact: fact.id });
  const outcome = accept(entered, total.value, undefined, fact, { amount: total.value, unit: fact.unit });
  return outcome.kind === 'value' && total.items > 0 ? { ...outcome, reading: { as: 'total-less', total: total.total, items: total.items } } : outcome;
}
