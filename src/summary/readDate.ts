import type { DateFact } from '../domain/factDefinition';
import type { DayInterval } from '../domain/factValue';
import { findDates, type DateMention } from '../parsing/datePhrase';
import type { ParseContext } from '../parsing/outcome';
import { parsedFinding, type Finding } from './findings';
import { nearText, statementSpan, textOf, withoutMentions, type Mention, type Sentence } from './mentions';
import type { Span } from './span';
import type { Stated } from './readStated';
import { doubts, states } from './polarity';

/** Words "now" and the like that chrono reads as today's date: in a history they say when something is, not when it began. */
const NOT_A_DATE = /^\s*(?:now|currently|today|at present|present)\s*$/i;
/** The date of a diagnosis named by its words comes right after them: "SLE 2010", "pSS (2015)", "SLE since 2/2022", "SLE (dx 05/2019)", "RPF (Ormond's disease) diagnosed on CT in 2020" from within its bracket. */
const RIGHT_AFTER = /^[\s(),:–—-]*(?:\([^()\d]*\)\s*)?(?:(?:since|from|in|dx|diagnosed(?:\s+in)?|diagnosis)\s*:?\s*)?$/i;

/**
 * An event with its date ("PE 05/2024", "DVT 6 months ago"), "never" when denied and the fact allows it.
 * `byWordsOf`: the name is another fact's words ("SLE" dating the diagnosis), so only a date right after it counts.
 */
export function readDate({ sentence, i, polarity, part }: Stated, fact: DateFact, context: ParseContext, byWordsOf = false): Finding | undefined {
  const source = statementSpan(sentence, i);
  if (doubts(polarity, fact)) return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now' || polarity === 'absent-others') {
    if (!fact.noneLabel) return undefined;
    return part || polarity === 'absent-others' ? { kind: 'unclear', fact, source, reason: { code: 'partial' } } : parsedFinding(fact.noneLabel, fact, source, context);
  }
  if (!states(polarity, fact) || (!byWordsOf && verbOfName(sentence, i))) return undefined;
  const passes = (m: Mention) => ownsNoDate(m) || verbOfName(sentence, sentence.mentions.indexOf(m));
  const near = byWordsOf ? untilNextOwner(sentence, i) : throughBracket(sentence, i, withBracketAfter(sentence, nearText(sentence, i, passes)));
  const reading = findDates(withoutMentions(sentence, near), context.today);
  const dates = reading.mentions.filter((d) => !NOT_A_DATE.test(d.text) && (!byWordsOf || RIGHT_AFTER.test(reading.text.slice(0, d.index))));
  if (dates.length === 0) return fact.noneLabel && !byWordsOf ? { kind: 'unclear', fact, source, reason: { code: 'no-date' } } : undefined;
  const dated = statementSpan(sentence, i, near.end);
  const date = oneDate(dates, fact);
  if (!date) return { kind: 'unclear', fact, source: dated, reason: { code: 'conflict' } };
  return parsedFinding(date.text, fact, dated, context);
}

/**
 * The date several dates said of one thing give: the most precise when each lies within the others ("since 4 years
 * (2022)", "2 years ago (first found 2024-11)"); for the last of recurring events, the latest when it follows all
 * the others ("DVT x2 (2016, Jan 2026)"). Undefined when they disagree.
 */
function oneDate<T extends DateMention>(dates: readonly T[], fact: DateFact): T | undefined {
  if (dates.length === 1) return dates[0];
  if (dates.some((d) => d.kind === 'problem')) return undefined;
  const intervals = dates.map((d) => (d.kind === 'date' ? d.interval : undefined)).filter((d) => d !== undefined);
  const widths = intervals.map((d) => d.latest - d.earliest);
  const narrowest = widths.indexOf(Math.min(...widths));
  if (intervals.every((d) => contains(d, intervals[narrowest]!))) return dates[narrowest];
  const latest = fact.dateOf === 'latest' ? latestOf(intervals) : undefined;
  return latest === undefined ? undefined : dates[latest];
}

const contains = (outer: DayInterval, inner: DayInterval) => outer.earliest <= inner.earliest && inner.latest <= outer.latest;

/** The index of the interval that begins after every other one ends, if one does. */
export function latestOf(intervals: readonly DayInterval[]): number | undefined {
  const last = intervals.reduce((best, d, k) => (d.latest > intervals[best]!.latest ? k : best), 0);
  return intervals.every((d, k) => k === last || d.latest < intervals[last]!.earliest) ? last : undefined;
}

/** Up to the next mention that may own a date: the words right after a name, past a bracket ("primary Sjögren's (anti-Ro+) since 2016"). */
function untilNextOwner(sentence: Sentence, i: number): Span {
  const next = sentence.mentions.slice(i + 1).find((m) => !ownsNoDate(m));
  return { index: sentence.mentions[i]!.end, end: next?.segment.index ?? sentence.span.end };
}

/**
 * "Thrombocytopenia since last summer (around July 2025)", "since 2 years ago (first found 2024-11)": a bracket right
 * after the words dates them, or says their date more precisely (oneDate keeps the most precise, or asks).
 */
function withBracketAfter(sentence: Sentence, near: Span): Span {
  const bracket = sentence.text.slice(near.end).match(/^\s*\(/);
  if (!bracket) return near;
  const piece = sentence.pieces.find((p) => p.index >= near.end);
  const next = sentence.mentions.find((m) => m.index >= near.end);
  return piece ? { index: near.index, end: Math.min(piece.end, next?.index ?? piece.end) } : near;
}

/** "DVT x2 (2016, Jan 2026)": words stopped inside a bracket run on to its end, where no other name stands before it. */
function throughBracket(sentence: Sentence, i: number, near: Span): Span {
  const opened = textOf(sentence, { index: sentence.mentions[i]!.index, end: near.end });
  if ((opened.match(/\(/g)?.length ?? 0) <= (opened.match(/\)/g)?.length ?? 0)) return near;
  const close = sentence.text.indexOf(')', near.end);
  if (close === -1 || close > sentence.span.end || sentence.mentions.some((m) => m.index >= near.end && m.index < close)) return near;
  return { index: near.index, end: close };
}

/**
 * "PE diagnosed last month": a date fact's word ("diagnosed") right after another fact's name says when that was, so
 * it dates the name before it, not its own fact (the main diagnosis). Not after a diagnosis named ("SLE diagnosed 2019").
 */
function verbOfName(sentence: Sentence, j: number): boolean {
  const mention = sentence.mentions[j];
  const before = sentence.mentions[j - 1];
  if (!mention || !before || !mention.entries.every((e) => e.kind === 'name' && e.fact.type === 'date')) return false;
  if (!/^\s*(?:(?:was|were|is|first)\s+)?$/i.test(sentence.text.slice(before.end, mention.index))) return false;
  return before.entries.every((e) => e.kind === 'name' && !mention.entries.some((m) => m.kind === 'name' && m.fact === e.fact));
}

/** Mentions a date does not belong to: yes/no facts ("diagnosed on CT 02/2026" dates the diagnosis). */
function ownsNoDate(mention: Mention): boolean {
  return mention.entries.every((e) => e.kind === 'name' && e.fact.type === 'boolean');
}
