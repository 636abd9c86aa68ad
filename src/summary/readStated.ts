import type { ChoiceFact, DateFact, FactDefinition, SetFact } from '../domain/factDefinition';
import { findDates } from '../parsing/datePhrase';
import type { ParseContext } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { findingOf, type Finding } from './findings';
import { nearText, textOf, type Mention, type Sentence } from './mentions';
import type { Span } from './phraseIndex';
import type { Polarity } from './polarity';
import type { SummaryLexicon } from './summaryLexicon';

/** A history item stated present or absent: "No ILD", "splenectomy 1985", "HBV neg", "uncontrolled hypertension". */
export interface Stated {
  sentence: Sentence;
  i: number;
  polarity: Polarity;
  /** The name is one kind of the fact ("DVT" of a thrombosis). */
  part: boolean;
}

export function readBoolean({ sentence, i, polarity, part }: Stated, fact: FactDefinition, context: ParseContext): Finding | undefined {
  const source = spanOf(sentence, i);
  if (polarity === 'present') return parsed(fact, 'yes', source, context);
  if (polarity === 'uncertain') return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now') return part ? { kind: 'unclear', fact, source, reason: { code: 'partial' } } : parsed(fact, 'no', source, context);
  return undefined;
}

/** Words "now" and the like that chrono reads as today's date: in a history they say when something is, not when it began. */
const NOT_A_DATE = /^\s*(?:now|currently|today|at present|present)\s*$/i;
/** The date of a diagnosis named by its words comes right after them: "SLE 2010", "pSS (2015)", "SLE since 2/2022", "SLE (dx 05/2019)". */
const RIGHT_AFTER = /^[\s(,:–—-]*(?:\([^()\d]*\)\s*)?(?:(?:since|from|in|dx|diagnosed(?:\s+in)?|diagnosis)\s*:?\s*)?$/i;

/**
 * An event with its date ("PE 05/2024", "DVT 6 months ago"), "never" when denied and the fact allows it.
 * `byWordsOf`: the name is another fact's words ("SLE" dating the diagnosis), so only a date right after it counts.
 */
export function readDate({ sentence, i, polarity, part }: Stated, fact: DateFact, context: ParseContext, byWordsOf = false): Finding | undefined {
  const source = spanOf(sentence, i);
  if (polarity === 'uncertain') return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now') {
    if (!fact.noneLabel) return undefined;
    return part ? { kind: 'unclear', fact, source, reason: { code: 'partial' } } : parsed(fact, fact.noneLabel, source, context);
  }
  if (polarity !== 'present') return undefined;
  const near = byWordsOf ? untilNextOwner(sentence, i) : withBracketAfter(sentence, nearText(sentence, i, ownsNoDate), context);
  const reading = findDates(withoutOtherMentions(sentence, near), context.today);
  const [date, ...others] = reading.mentions.filter((d) => !NOT_A_DATE.test(d.text) && (!byWordsOf || RIGHT_AFTER.test(reading.text.slice(0, d.index))));
  const dated = { index: source.index, end: Math.max(source.end, near.end) };
  if (!date) return fact.noneLabel && !byWordsOf ? { kind: 'unclear', fact, source, reason: { code: 'no-date' } } : undefined;
  if (others.length > 0) return { kind: 'unclear', fact, source: dated, reason: { code: 'conflict' } };
  return parsed(fact, date.text, trimmed(sentence, dated), context);
}

/** Up to the next mention that may own a date: the words right after a name, past a bracket ("primary Sjögren's (anti-Ro+) since 2016"). */
function untilNextOwner(sentence: Sentence, i: number): Span {
  const next = sentence.mentions.slice(i + 1).find((m) => !ownsNoDate(m));
  return { index: sentence.mentions[i]!.end, end: next?.segment.index ?? sentence.span.end };
}

/** "Thrombocytopenia since last summer (around July 2025)": a bracket right after words with no date of their own dates them. */
function withBracketAfter(sentence: Sentence, near: Span, context: ParseContext): Span {
  const bracket = sentence.text.slice(near.end).match(/^\s*\(/);
  if (!bracket || findDates(textOf(sentence, near), context.today).mentions.length > 0) return near;
  const piece = sentence.pieces.find((p) => p.index >= near.end);
  const next = sentence.mentions.find((m) => m.index >= near.end);
  return piece ? { index: near.index, end: Math.min(piece.end, next?.index ?? piece.end) } : near;
}

/** The text of `span` with the names in it blanked out: "IgG4-RD (2011 CDC definite)" holds no date. */
function withoutOtherMentions(sentence: Sentence, span: Span): string {
  let text = textOf(sentence, span);
  for (const m of sentence.mentions.filter((m) => m.index >= span.index && m.end <= span.end)) {
    text = text.slice(0, m.index - span.index) + ' '.repeat(m.end - m.index) + text.slice(m.end - span.index);
  }
  return text;
}

/** Mentions a date does not belong to: yes/no facts ("diagnosed on CT 02/2026" dates the diagnosis). */
function ownsNoDate(mention: Mention): boolean {
  return mention.entries.every((e) => e.kind === 'name' && e.fact.type === 'boolean');
}

/** A choice fact by one of its names: "No malignancy" (its "none" option), "active malignancy". */
export function readChoice({ sentence, i, polarity, part }: Stated, fact: ChoiceFact, context: ParseContext, lexicon: SummaryLexicon): Finding | undefined {
  const source = spanOf(sentence, i);
  if (polarity === 'uncertain') return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now') {
    if (part) return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
    const none = parseAnswer('none', fact, context);
    return none.kind === 'value' ? findingOf(none, fact, source) : undefined;
  }
  // A fact named by its options ("woman") is read from those, not from its label ("Sex:").
  if (polarity !== 'present' || !lexicon.optionsOf(fact)) return undefined;
  const options = optionsNear(sentence, i, fact, lexicon);
  const codes = [...new Set(options.flatMap((o) => o.values))];
  if (codes.length !== 1) return { kind: 'unclear', fact, source, reason: { code: 'which' } };
  return parsed(fact, sentence.text.slice(options[0]!.index, options[0]!.end), source, context);
}

/** A set fact by one of its names: the options said with it, present or absent. */
export function readSet({ sentence, i, polarity, part }: Stated, fact: SetFact, lexicon: SummaryLexicon): Finding | undefined {
  const source = spanOf(sentence, i);
  if (polarity === 'uncertain') return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'someone-else') return undefined;
  const options = optionsNear(sentence, i, fact, lexicon);
  const codes = [...new Set(options.flatMap((o) => o.values))];
  // Two options inside one name are one thing said ("planning a pregnancy"), not a list.
  const inName = options.filter((o) => o.index >= source.index && o.end <= source.end);
  if (polarity === 'present' && inName.length > 1) return { kind: 'unclear', fact, source, reason: { code: 'which' } };
  const whole = !part && codes.length === 0;
  const covered = options.length === 0 ? source : { index: Math.min(source.index, ...options.map((o) => o.index)), end: Math.max(source.end, ...options.map((o) => o.end)) };
  return polarity === 'present'
    ? codes.length === 0
      ? undefined
      : { kind: 'options', fact, present: codes, absent: [], whole: false, source: covered }
    : { kind: 'options', fact, present: [], absent: codes, whole, source: covered };
}

/**
 * The options said with a name: in the name itself and after it in its stretch ("uncontrolled hypertension"),
 * else in the nearest stretch before it in the sentence ("T2DM — HbA1c 9.1%, poorly controlled").
 */
function optionsNear(sentence: Sentence, i: number, fact: FactDefinition, lexicon: SummaryLexicon) {
  const index = lexicon.optionsOf(fact);
  if (!index) return [];
  const mention = sentence.mentions[i]!;
  const after = index.scan(sentence.text, mention.index, mention.piece.end);
  if (after.length > 0) return after;
  const previousEnd = sentence.mentions[i - 1]?.end ?? sentence.span.index;
  const earlier = sentence.pieces.filter((p) => p.end <= mention.piece.index && p.index >= previousEnd).reverse();
  for (const piece of earlier) {
    const found = index.scan(sentence.text, piece.index, piece.end);
    if (found.length > 0) return found;
  }
  return [];
}

/** The words a statement came from: the name's stretch ("No malignancy", "HBV/HCV neg"). */
function spanOf(sentence: Sentence, i: number): Span {
  const mention = sentence.mentions[i]!;
  const piece = textOf(sentence, mention.piece);
  const index = mention.piece.index + (piece.length - piece.trimStart().length);
  return trimmed(sentence, { index: Math.min(index, mention.index), end: Math.max(mention.piece.end, mention.end) });
}

function trimmed(sentence: Sentence, span: Span): Span {
  const text = textOf(sentence, span);
  return { index: span.index, end: span.index + text.trimEnd().replace(/[\s,;(]+$/, '').length };
}

function parsed(fact: FactDefinition, text: string, source: Span, context: ParseContext): Finding {
  return findingOf(parseAnswer(text, fact, context), fact, source);
}
