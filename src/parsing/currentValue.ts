import type { Day } from '../dates/calendar';
import type { DayInterval } from '../domain/factValue';
import { findDates } from './datePhrase';
import { findNumbers } from './numberText';

/**
 * "45. no wait, 54", "plt 45 — sorry, 54": what follows the last correction replaces what came before it. The
 * cue must stand apart ("no wait,", "— sorry,"), so "sorry" inside a sentence about something else is rare.
 */
const CORRECTION = /(?:^|[\s.,;:!—–-])(?:no,?\s+wait|wait,?\s+no|sorry|i\s+mean|i\s+meant|correction|scratch\s+that|typo|oops|make\s+that)\b[\s,.:;!—–-]*/gi;

/** Between the values of a trend, in the order they were measured: "18 → 35 → 52", "18 then 35", "fell from 150 to 38". */
const TREND_STEP = /→|->|=>|⇒|⟶|\bthen\b|\b(?:fell|dropped|decreased|declined|rose|risen|increased|improved|recovered|went\s+(?:up|down)|came\s+(?:up|down))(?:\s+from\s+[^,;]*?)?\s+to\b/i;

/** Words that mark a value as the one now: "latest 52", "45 now", "31 today", "now 45". */
const CURRENT = /\b(?:latest|now|today|currently|current|most\s+recent|this\s+(?:morning|week))\b/i;
/** Words that mark a value as an earlier one: "(was 45 last wk)", "112 on admission", "nadir 54", "from 150". */
const EARLIER = /\b(?:was|were|previously|prev|before|from|initially|initial|admission|nadir|peak|baseline|pre-?treatment|ago|last\s+(?:week|wk|month|time|visit))\b/i;

/** Where one value's words end: a comma, semicolon, bracket, a slash between words (not in "g/L") or a step of a trend. */
const STRETCH_END = /[,;()[\]]|\s\/\s?|\/\s|→|->|=>|⇒|⟶|\bthen\b/gi;
/** Words before the first value that say how it changed, not what it is: "Platelets fell from", "plt nadir". */
const CHANGE_WORDS = new RegExp(`${TREND_STEP.source}|\\b(?:fell|dropped|decreased|declined|rose|increased|improved|recovered)\\b|${CURRENT.source}|${EARLIER.source}`, 'gi');

interface Value {
  index: number;
  end: number;
  /** The value's words, from the end of the previous value's stretch to the start of the next. */
  stretch: { index: number; end: number };
  date?: DayInterval;
}

/** The words of the value meant now, and when it was measured if the text says. */
export interface CurrentValue {
  text: string;
  measured?: DayInterval;
}

/**
 * The words of the one value a text means now, when it gives several: the last after a correction ("45. no wait,
 * 54"), the one marked current ("18 → 35 → latest 52", "45 now"), the last of a trend in the order measured
 * ("18 → 35"), the one of the latest date when each has its date ("88 (3 Sep) / 101 (1 Oct) g/L"), or the only one
 * not marked earlier ("19 (was 45 last wk)"). The words returned keep what came before the first value (the
 * name: "plt") and the chosen value's unit. Undefined when the text does not settle which: a range ("60-65"), two
 * values unmarked, two marked current that differ.
 *
 * `ownWords` tells whether words before a value name no other measure ("Cr 310" is no platelet count): the values
 * end at the first one that does, unless a step of a trend leads to it ("64 after dex → 22").
 */
export function currentValue(text: string, today: Day, ownWords: (words: string) => boolean): CurrentValue | undefined {
  const corrected = afterCorrection(text);
  const reading = findDates(corrected, today);
  // Durations were rewritten as "… ago", so the text read from here on is findDates' own.
  const words = reading.text;
  // Dates (and date-like words a reader asks about) are no values: hidden, positions kept.
  const undated = reading.mentions
    .reduce((t, d) => t.slice(0, d.index) + ' '.repeat(d.end - d.index) + t.slice(d.end), words)
    .replace(/\(\s*\)/g, (bracket) => ' '.repeat(bracket.length));
  const found = valuesIn(undated, reading.mentions.flatMap((d) => (d.kind === 'date' ? [d] : [])));
  const wordsBefore = (k: number) =>
    undated.slice(found[k - 1]!.end, found[k]!.index).replace(unitAfter(found[k - 1]!, undated), ' ').replace(CHANGE_WORDS, ' ').replace(/\b(?:in|on|at|by|and|for)\b/gi, ' ');
  const other = found.findIndex((_, k) => k > 0 && !stepBefore(found, k, undated) && !ownWords(wordsBefore(k)));
  const values = other === -1 ? found : found.slice(0, other);
  if (values.length === 1 && corrected !== text) return { text: corrected };
  if (values.length < 2) return undefined;
  // "60-65", "20 to 30", "2 or 3": a range, not two values in turn.
  if (values.some((v, k) => k > 0 && /^\s*(?:-|–|—|to|or)\s*$/i.test(undated.slice(values[k - 1]!.end, v.index)) && !stepBefore(values, k, undated))) return undefined;
  const chosen = chooseValue(values, words);
  if (!chosen) return undefined;
  const name = undated.slice(0, values[0]!.index).replace(CHANGE_WORDS, ' ');
  const chosenText = `${/\d/.test(name) ? '' : name}${unitOf(chosen, values, undated)}`.replace(/\s+/g, ' ').trim();
  return { text: chosenText, ...(chosen.date ? { measured: chosen.date } : {}) };
}

function afterCorrection(text: string): string {
  const last = [...text.matchAll(CORRECTION)].at(-1);
  if (!last) return text;
  const after = text.slice(last.index + last[0].length);
  if (findNumbers(after).length === 0) return text;
  // The name said before the first value names the corrected one too ("plt 45 — sorry, 54").
  const first = findNumbers(text)[0];
  const name = first && first.index < last.index ? text.slice(0, first.index) : '';
  return `${/\d/.test(name) ? '' : name}${withoutComment(after)}`;
}

/** "45, misread the sheet": words after the value with no figure in them are a comment on it. */
function withoutComment(text: string): string {
  return text.replace(/[,;]\s*[^\d,;]*$/, '');
}

function valuesIn(text: string, dates: readonly { index: number; end: number; interval: DayInterval }[]): Value[] {
  // Hours belong to a name ("24h UP 860 mg"), not to a value.
  const numbers = findNumbers(text).filter((n) => !/^h(?:rs?|ours?)?\b/i.test(text.slice(n.end)));
  const ends = [...text.matchAll(STRETCH_END)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
  return numbers.map((n, k) => {
    const from = Math.max(0, numbers[k - 1]?.end ?? 0, ...ends.filter((e) => e.end <= n.index).map((e) => e.end));
    const to = Math.min(text.length, ...ends.filter((e) => e.index >= n.end).map((e) => e.index), numbers[k + 1]?.index ?? text.length);
    // Its date: in a bracket right after it ("88 (3 Sep)"), else said in its own words ("120 in March").
    const own = dates.find((d) => d.index >= n.end && /^[\s(]*$/.test(text.slice(n.end, d.index))) ?? dates.find((d) => d.index >= from && d.end <= to);
    return { index: n.index, end: n.end, stretch: { index: from, end: to }, ...(own ? { date: own.interval } : {}) };
  });
}

/** Whether a step of a trend leads to value k from the one before: "18 → 35", "fell from 150 to 38". */
function stepBefore(values: readonly Value[], k: number, text: string): boolean {
  return TREND_STEP.test(text.slice(values[k - 1]!.stretch.index, values[k]!.index));
}

function chooseValue(values: readonly Value[], text: string): Value | undefined {
  const said = (v: Value) => text.slice(v.stretch.index, v.stretch.end);
  const figure = (v: Value) => text.slice(v.index, v.end);
  const current = values.filter((v) => CURRENT.test(said(v)));
  if (current.length > 0) return current.every((v) => figure(v) === figure(current[0]!)) ? current.at(-1) : undefined;
  const trend = values.every((_, k) => k === 0 || stepBefore(values, k, text));
  if (trend) return values.at(-1);
  const dated = values.filter((v) => v.date);
  if (dated.length === values.length) {
    const latest = dated.reduce((a, b) => (b.date!.earliest > a.date!.latest ? b : a));
    return dated.every((v) => v === latest || v.date!.latest < latest.date!.earliest) ? latest : undefined;
  }
  const unmarked = values.filter((v) => !EARLIER.test(said(v)));
  return unmarked.length === 1 ? unmarked[0] : undefined;
}

/** A lab unit, as a unit written for several values has to look: "g/L", "x10^9/L", "%", "k". */
const LAB_UNIT = /^(?:\S*[/^%]\S*|[kK])$/;
/** A word of a unit after a value ("g/dL", "x10^9/L", "mg", "g", "k"), not of what is said about it ("after", "on"). */
const UNIT_WORD = /^(?:\S*[/^%×*]\S*|(?!(?:on|at|in|of|to|by|is|or|and|pre|post)$)[\p{L}µ]{1,3}\.?)$/iu;

/**
 * The chosen value with its unit: its own, else the one unit the other values carry ("8.5 g/dL two weeks ago,
 * 10.2 today", "88 / 95 / 101 g/L").
 */
function unitOf(chosen: Value, values: readonly Value[], text: string): string {
  const others = [...new Set(values.filter((v) => v !== chosen).map((v) => unitAfter(v, text)).filter((u) => LAB_UNIT.test(u)))];
  return `${text.slice(chosen.index, chosen.end)} ${unitAfter(chosen, text) || (others.length === 1 ? others[0] : '')}`;
}

/** The unit written right after a value, up to the first word that is none. */
function unitAfter(value: Value, text: string): string {
  const words = text.slice(value.end, value.stretch.end).replace(CHANGE_WORDS, ' ').trim().split(/\s+/);
  const stop = words.findIndex((w) => !UNIT_WORD.test(w));
  return words.slice(0, stop === -1 ? words.length : stop).join(' ');
}
