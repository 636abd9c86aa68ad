import type { AssertionStatus } from '../domain/assertionRules';
import { CLAUSE_COMMA, pieceAt, pieceSpans } from './pieces';
import type { Span } from './span';
import type { LexiconEntry, SummaryLexicon } from './summaryLexicon';

export interface Mention extends Span {
  entries: LexiconEntry[];
  /** The stretch of the sentence the mention is in (between commas, brackets…). */
  piece: Span;
  /** What the mention governs: from where its stretch starts (not before the previous mention) to where the next mention's does. */
  segment: Span;
}

/** One sentence of the (masked) text with the names found in it. */
export interface Sentence {
  text: string;
  span: Span;
  pieces: Span[];
  mentions: Mention[];
  /** The status the heading above gives the sentence's lines ("Allergies:", "Plan:"), if any. */
  section?: AssertionStatus;
}

/**
 * The names in a sentence. A one-letter name ("F", "M") counts only right after a number or another name
 * ("47F", "61 yo M", "Age/sex: 59 / M"): anywhere else a capital letter is too often something else. A name of one
 * Chinese character ("女", "孕") counts only as a word of its own, no Chinese character after it: "女，34岁" and
 * "性别：女" name the sex, "女儿" (a daughter) and "孕后" (after conception) do not.
 */
export function readSentence(text: string, span: Span, lexicon: SummaryLexicon, section?: AssertionStatus): Sentence {
  const pieces = pieceSpans(text, span);
  const found = lexicon.mentions.scan(text, span.index, span.end).filter((m, i, all) => {
    if (m.end - m.index > 1) return true;
    if (HAN.test(text[m.index]!)) return !HAN.test(text[m.end] ?? '');
    const before = text.slice(span.index, m.index).replace(/[\s/,:-]+$/, '');
    return /\d$/.test(before) || all[i - 1]?.end === span.index + before.length;
  });
  const starts = found.map((m, i) => segmentStart(text, found[i - 1]?.end ?? span.index, m.index, i === 0));
  const mentions = found.map((m, i) => ({
    index: m.index,
    end: m.end,
    entries: m.values,
    piece: pieceAt(pieces, m.index),
    segment: { index: starts[i]!, end: starts[i + 1] ?? span.end },
  }));
  return { text, span, pieces, mentions, ...(section ? { section } : {}) };
}

const HAN = /\p{Script=Han}/u;

/** Where one mention's words end and the next one's begin: a comma, bracket or semicolon, "and", "+", "then". */
const SEGMENT_BREAK = new RegExp(String.raw`${CLAUSE_COMMA}|[;()[\]]|\.\s|\s[+&–—-]\s|\b(?:and|plus|then)\b`, 'g');

/**
 * A mention's words start after the last break between the previous mention and it ("despite pred 15 mg/d":
 * "despite" stays with what came before; "…, stopped MTX 2020": "stopped" is MTX's), else at the name itself;
 * the first mention of a sentence takes the sentence's start ("She stopped leflunomide").
 */
function segmentStart(text: string, from: number, at: number, first: boolean): number {
  const breaks = [...text.slice(from, at).matchAll(SEGMENT_BREAK)];
  const last = breaks.at(-1);
  if (!last) return first ? from : at;
  const after = from + last.index + last[0].length;
  return after + (text.slice(after, at).length - text.slice(after, at).trimStart().length);
}

/** Text between two positions. */
export function textOf(sentence: Sentence, span: Span): string {
  return sentence.text.slice(span.index, span.end);
}

/**
 * The name's own stretch after it, or the next stretch when the name ends its own ("RA (2015)"); it stops at
 * the next mention, unless `passes` lets the words run past it ("diagnosed on CT 02/2026").
 */
export function nearText(sentence: Sentence, i: number, passes: (mention: Mention) => boolean = () => false): Span {
  const mention = sentence.mentions[i]!;
  const pieceEnd = /[\p{L}\p{N}]/u.test(sentence.text.slice(mention.end, mention.piece.end))
    ? mention.piece.end
    : (sentence.pieces.find((p) => p.index >= mention.piece.end)?.end ?? mention.piece.end);
  const next = sentence.mentions.slice(i + 1).find((m) => !passes(m));
  return { index: mention.end, end: Math.min(next?.segment.index ?? sentence.span.end, pieceEnd) };
}

/** The text of `span` with the names inside it blanked out, positions kept ("HBV/HCV neg" after HBV is "/    neg"). */
export function withoutMentions(sentence: Sentence, span: Span): string {
  const text = textOf(sentence, span);
  // One pass, whatever the number of names: a long list of them stays linear.
  const parts: string[] = [];
  let at = 0;
  for (const m of sentence.mentions) {
    if (m.index < span.index || m.end > span.end || m.end - span.index <= at) continue;
    const start = Math.max(at, m.index - span.index);
    parts.push(text.slice(at, start), ' '.repeat(m.end - span.index - start));
    at = m.end - span.index;
  }
  return parts.join('') + text.slice(at);
}

/** The words a statement came from: the name's stretch ("No malignancy", "HBV/HCV neg", "ILD - no"), reaching to `end` if further. */
export function statementSpan(sentence: Sentence, i: number, end = 0): Span {
  const mention = sentence.mentions[i]!;
  const piece = textOf(sentence, mention.piece);
  const index = Math.min(mention.piece.index + (piece.length - piece.trimStart().length), mention.index);
  const text = sentence.text.slice(index, Math.max(mention.piece.end, mention.end, end, labelValueEnd(sentence, mention) ?? 0));
  return { index, end: index + text.trimEnd().replace(/[\s,;(]+$/, '').length };
}

/** "Splenectomy - none", "ILD — yes": where the value after a name and a spaced dash ends, if that is how it is said. */
export function labelValueEnd(sentence: Sentence, mention: Mention): number | undefined {
  if (textOf(sentence, { index: mention.end, end: mention.piece.end }).trim() !== '') return undefined;
  if (!/^\s[–—-]\s/.test(sentence.text.slice(mention.piece.end))) return undefined;
  const next = sentence.pieces.find((p) => p.index > mention.piece.end);
  if (!next || sentence.mentions.some((m) => m.index >= next.index && m.index < next.end)) return undefined;
  return next.end;
}
