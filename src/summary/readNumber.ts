import type { NumberFact } from '../domain/factDefinition';
import { currentValue } from '../parsing/currentValue';
import { findDates } from '../parsing/datePhrase';
import { findNumbers } from '../parsing/numberText';
import type { ParseContext } from '../parsing/outcome';
import { namesOnlyFact, ULN_UNIT } from '../parsing/number';
import { referenceAt } from '../parsing/referenceRange';
import { acceptedUnits, unitKey } from '../parsing/units';
import { parsedFinding, type Finding } from './findings';
import { nearText, textOf, type Mention, type Sentence } from './mentions';
import { numberWordsAtEnd } from './numberWords';
import { readTableRow } from './readTableRow';
import type { Span } from './span';

const NORMAL = /^[\s:=-]*(?:(?:are|is|was|were|all|now|currently)\s+)*(?:normal|wnl|within\s+normal\s+limits|within\s+normal\s+range|unremarkable)(?![\p{L}])/iu;
const NORMAL_AFTER_VALUE = /^\s*\(?\s*(?:normal|wnl|within\s+normal\s+limits)\s*\)?\s*[,.;]?\s*$/i;
/** "(ULN 40)", ", ULN 40 U/L": the laboratory's limit, which parseNumber divides by. */
const ULN_CLAUSE = /^\s*(?:[^\s\d(,;]+\s*)?[(,]?\s*(?:uln|upper\s+limit(?:\s+of\s+normal)?)\s*(?:is|of|=|:)?\s*\d[\d.,]*\s*[^\s,;)]*\s*\)?/i;
/** "60-65", "20 to 30", "18 → 35", "150 then 90", "2.4 / 2.9": a range, a trend or a series, not one value. */
const RANGE_OR_TREND = /^\s*(?:[-–]|to\s|\/|→|->|=>|then\s|(?:rising|falling|down|up|increased|decreased|dropped|fell)\s+to\s)\s*\d/i;
/** Text right after a number that is a unit, though not one of the fact's (it must not be dropped); not a slash between values ("62 / Hb 104"). */
const UNIT_LIKE = /^\s*(?:[x×*^%µμ]|\/(?!\s)|10\b|(?:m|µ|μ|u|n|p)?(?:mol|g|l|iu|u)\b|[mµμ]?g\/|k\b|cells)/i;
/** Words allowed between a name and its value: "platelet count of 76", "eGFR is 48", "platelets now 33". */
const MAX_WORDS_BEFORE_VALUE = 4;

/** A lab value, age or score after its name: "plt 38 x10^9/L", "Hb 9.8", "eGFR >90", "ALT 80 U/L (ULN 40)", "LFTs normal". */
export function readNumber(sentence: Sentence, i: number, fact: NumberFact, context: ParseContext): Finding | undefined {
  const mention = sentence.mentions[i]!;
  const region = valueRegion(sentence, i);
  const text = textOf(sentence, region);
  const source = (end: number): Span => ({ index: mention.index, end });
  if (fact.normal && NORMAL.test(text)) {
    // "ALT now normal": said of now, it stands over an earlier value ("(ALT 3x ULN)").
    const normal = parsedFinding('normal', fact, source(region.end), context);
    const when = /\b(?:now|currently)\b/i.test(text) ? 'now' : whenSaid(sentence, i);
    return normal.kind === 'value' && when ? { ...normal, when } : normal;
  }

  const row = readTableRow(sentence, i, fact, context);
  if (row) return row;
  const latest = TREND.test(trendWords(sentence, i)) ? latestValue(sentence, i, fact, context) : undefined;
  if (latest) return latest;

  const dateSpans = datesIn(text, context).map((d) => ({ index: region.index + d.index, end: region.index + d.end }));
  const number = findNumbers(text)
    .map((n) => ({ ...n, index: region.index + n.index, end: region.index + n.end }))
    .find((n) => !dateSpans.some((d) => n.index < d.end && d.index < n.end));
  if (!number) return numberBefore(sentence, i, fact, context);
  // "raised dsDNA +2": points a score gives the lab, not its value.
  if (/\+\s*$/.test(sentence.text.slice(region.index, number.index))) return undefined;
  if (sentence.text.slice(region.index, number.index).trim().split(/\s+/).filter(Boolean).length > MAX_WORDS_BEFORE_VALUE) return undefined;

  const afterNumber = sentence.text.slice(number.end, mention.segment.end);
  if (RANGE_OR_TREND.test(afterNumber)) return latestValue(sentence, i, fact, context) ?? { kind: 'unclear', fact, source: source(number.end), reason: { code: 'doubt' } };
  if (fact.normal && NORMAL_AFTER_VALUE.test(afterNumber)) return parsedFinding('normal', fact, source(mention.segment.end), context);
  const unitLength = unitAt(afterNumber, fact);
  const uln = fact.unit === ULN_UNIT ? ULN_CLAUSE.exec(afterNumber.slice(unitLength)) : null;
  // "ALT 88 U/L (ref 7–56)", "ALT 22 (≤40)", a table's "ALT  35 U/L  7–40": the range's upper end is the ULN.
  const labUnit = fact.unit === ULN_UNIT && unitLength === 0 && !uln ? (/^\s*[^\s\d()[\]|,;]+/.exec(afterNumber)?.[0] ?? '') : '';
  const ownUnit = UNIT_LIKE.test(labUnit) ? labUnit.length : 0;
  const reference = uln ? undefined : referenceAt(afterNumber.slice(unitLength + ownUnit));
  if (fact.unit === ULN_UNIT && !uln && reference?.upper !== undefined) {
    const upTo = number.end + ownUnit + reference.length;
    return parsedFinding(`${number.text} ${labUnit.trim()}, ULN ${reference.upper} ${labUnit.trim()}`, fact, source(upTo), context);
  }
  if (unitLength === 0 && !uln) {
    // Notes give ALT in U/L, so a bare number is no multiple of the upper limit.
    if (fact.unit === ULN_UNIT) return undefined;
    if (UNIT_LIKE.test(afterNumber)) {
      const end = number.end + (/^\s*\S+/.exec(afterNumber)?.[0].length ?? 0);
      return parsedFinding(sentence.text.slice(region.index, end), fact, source(end), context);
    }
  }
  const end = number.end + unitLength + (uln?.[0].length ?? 0);
  // A reference range or flag after the value is no second value ("TG 2.6 [<1.7]", "C3 48 mg/dL 90–180 L").
  const said = end + (reference?.length ?? 0);
  if (RANGE_OR_TREND.test(sentence.text.slice(said, mention.piece.end))) return latestValue(sentence, i, fact, context) ?? { kind: 'unclear', fact, source: source(said), reason: { code: 'doubt' } };
  // "eGFR 45?", "plt ?45": a value queried, as a typed "45?" is confirmed before it is recorded.
  if (/\?\s*$/.test(sentence.text.slice(region.index, number.index)) || /^\s*\?(?![\p{L}\p{N}])/u.test(sentence.text.slice(said))) {
    return { kind: 'unclear', fact, source: source(said + 1), reason: { code: 'doubt' } };
  }
  const segmentDates = datesIn(textOf(sentence, mention.segment), context);
  if (laterValue(sentence, mention, said, segmentDates, fact)) {
    return latestValue(sentence, i, fact, context) ?? { kind: 'unclear', fact, source: { index: mention.index, end: mention.segment.end }, reason: { code: 'doubt' } };
  }
  const finding = parsedFinding(sentence.text.slice(region.index, end), fact, source(said), context);
  const when = whenSaid(sentence, i);
  // "plt nadir 62": an earlier value that cannot be read says nothing of the value now.
  if (finding.kind !== 'value') return when === 'earlier' && EARLIER_ONLY.test(textOf(sentence, mention.piece)) ? undefined : finding;
  const measured = segmentDates.find((d) => d.interval)?.interval;
  return { ...finding, ...(measured ? { measured } : {}), ...(when ? { when } : {}) };
}

/** Labels that say a value is the one now, or an earlier one: "Latest (15/8): PLT 38", "Labs at discharge", "Adm … plt 19", "nadir". */
const SAID_NOW = /\b(?:latest|now|today|current(?:ly)?|most\s+recent|discharge)\b/i;
const EARLIER_ONLY = /\b(?:admission|adm|admitted|nadir|peak|baseline|previous(?:ly)?|prior|initial(?:ly)?|pre-?treatment|first\s+found)\b/i;
const SAID_EARLIER = new RegExp(`${EARLIER_ONLY.source}|\\b(?:was|were)\\b`, 'i');

/** What the value's stretch, or the label its line starts with ("Latest (15/8):"), says of when it was measured. */
function whenSaid(sentence: Sentence, i: number): 'now' | 'earlier' | undefined {
  const mention = sentence.mentions[i]!;
  const label = /^[^:\n]{0,40}:/.exec(sentence.text.slice(sentence.span.index, mention.index))?.[0] ?? '';
  const words = `${label} ${textOf(sentence, mention.piece)}`;
  const now = SAID_NOW.test(words);
  return now === SAID_EARLIER.test(words) ? undefined : now ? 'now' : 'earlier';
}

/**
 * "Hb 8.5 g/dL two weeks ago, 10.2 today", "Platelets 120 (Jan) 45 (Nov)": another number in the mention's words,
 * not a date, opening a stretch with no other measure named before it, is a second value of the fact (a trend).
 */
function laterValue(sentence: Sentence, mention: Mention, end: number, dates: readonly { index: number; end: number }[], fact: NumberFact): boolean {
  const from = mention.segment.index;
  return findNumbers(sentence.text.slice(end, mention.segment.end))
    .map((n) => ({ index: end + n.index, end: end + n.end }))
    .some((n) => {
      if (dates.some((d) => from + d.index < n.end && n.index < from + d.end)) return false;
      const piece = sentence.pieces.find((p) => p.index <= n.index && n.index < p.end);
      return piece !== undefined && piece.index >= end && namesOnlyFact(sentence.text.slice(piece.index, n.index), fact);
    });
}

/**
 * The value meant now of a lab given several times in its words ("PLT: 18 (3/9) → 35 (17/9) → latest 52 (1/10)",
 * "plt 120 in March, 45 now"), as a typed answer's is read; undefined when the words do not settle which. The
 * words run past a name a trend goes on after ("9 (Aug-25) → 64 after dex → 22 (Jan-26) → 31 today").
 */
function latestValue(sentence: Sentence, i: number, fact: NumberFact, context: ParseContext): Finding | undefined {
  const mention = sentence.mentions[i]!;
  const words = trendWords(sentence, i);
  const current = currentValue(words, context.today, (before) => namesOnlyFact(before, fact));
  if (current === undefined) return undefined;
  const finding = parsedFinding(current.text, fact, { index: mention.index, end: mention.index + words.length }, context);
  if (finding.kind !== 'value' || finding.value.kind !== 'number') return finding;
  return { ...finding, value: { ...finding.value, entered: words }, ...(current.measured ? { measured: current.measured } : {}) };
}

/** An arrow or "then" between values: a trend, in the order measured. */
const TREND = /\d[^\d]*?(?:→|->|=>|⇒|⟶|\bthen\b)[^\d]*\d/i;

/** The mention's words, run on past a name a trend goes on after ("64 after dex → 22"). */
function trendWords(sentence: Sentence, i: number): string {
  const mention = sentence.mentions[i]!;
  let end = mention.segment.end;
  for (const next of sentence.mentions.slice(i + 1)) {
    if (next.segment.index > end || !/^[^\d]*?(?:→|->|=>|⇒|⟶|\bthen\b)/i.test(sentence.text.slice(next.end, next.segment.end))) break;
    end = next.segment.end;
  }
  return sentence.text.slice(mention.index, Math.min(end, sentence.span.end)).replace(/[\s.;,]+$/, '');
}

/**
 * Where the value is looked for: after the name, in its stretch. A name followed only by "and" or "/" and
 * another name shares that name's value ("ALT and AST are within normal limits", "Age/sex: 59 / M").
 */
function valueRegion(sentence: Sentence, i: number): Span {
  const mention = sentence.mentions[i]!;
  const own = nearText(sentence, i);
  const next = sentence.mentions[i + 1];
  const sharesNext = next && next.index === mention.segment.end && /^\s*(?:\/|&|and|or)\s*$/i.test(textOf(sentence, own));
  return sharesNext ? nearText(sentence, i + 1) : own;
}

/** "47 yo", "28F", "Seventy-two year old": the value just before a name that follows it. */
function numberBefore(sentence: Sentence, i: number, fact: NumberFact, context: ParseContext): Finding | undefined {
  const mention = sentence.mentions[i]!;
  const from = Math.max(mention.piece.index, sentence.mentions[i - 1]?.end ?? mention.piece.index);
  const text = sentence.text.slice(from, mention.index);
  const digits = /(?<![\d.,])(\d+(?:\.\d+)?)[\s/-]*$/.exec(text);
  const words = digits ? undefined : numberWordsAtEnd(text);
  const before = digits ? { value: digits[1]!, index: digits.index } : words && { value: String(words.value), index: words.index };
  if (!before) return undefined;
  return parsedFinding(before.value, fact, { index: from + before.index, end: mention.end }, context);
}

/** The length of the fact's unit at the start of `text` (spelling-blind, as the parser compares units), or 0. */
function unitAt(text: string, fact: NumberFact): number {
  const spellings = acceptedUnits(fact).flatMap((u) => [u.ucum, ...u.aliases]).map(unitKey);
  const lower = new Set(spellings.map((s) => s.toLowerCase()));
  const exact = new Set(spellings);
  const lead = text.length - text.trimStart().length;
  for (let end = Math.min(text.length, lead + 24); end > lead; end--) {
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') && /[\p{L}\p{N}]/u.test(text[end - 1]!)) continue;
    const key = unitKey(text.slice(lead, end));
    if (exact.has(key) || lower.has(key.toLowerCase())) return end;
  }
  return 0;
}

function datesIn(text: string, context: ParseContext) {
  const reading = findDates(text, context.today);
  return reading.mentions
    .map((d) => ({ index: text.indexOf(d.text), end: text.indexOf(d.text) + d.text.length, interval: d.kind === 'date' ? d.interval : undefined }))
    .filter((d) => d.index >= 0);
}
