import type { Span } from './span';

/** A comma between clauses: not one inside a number ("45,000", or the decimal comma of "WBC 4,5"). */
export const CLAUSE_COMMA = String.raw`(?<!\d),|,(?!\d)`;

/**
 * Where one stretch of a sentence ends and the next begins: commas (not inside numbers), semicolons,
 * brackets (not one holding only a sign, "HBV(-)", which says what the name before it is), a full stop left
 * inside a sentence (after an abbreviation), spaced "+", "&" and dashes, bullets. A negation reaches to the end
 * of its stretch ("No malignancy, HBV/HCV neg": "No" is not about HBV).
 */
const BOUNDARY = new RegExp(String.raw`${CLAUSE_COMMA}|;|(?![(（][-−+][)）])[(（]|(?<![(（][-−+])[)）]|[[\]]|\.\s|\s[+&]\s|\s[–—-]\s|[•·]`, 'g');

export function pieceSpans(text: string, sentence: Span): Span[] {
  const pieces: Span[] = [];
  let start = sentence.index;
  for (const m of text.slice(sentence.index, sentence.end).matchAll(BOUNDARY)) {
    const at = sentence.index + m.index;
    pieces.push({ index: start, end: at });
    start = at + m[0].length;
  }
  pieces.push({ index: start, end: sentence.end });
  return pieces;
}

/** The piece holding position `at`. */
export function pieceAt(pieces: readonly Span[], at: number): Span {
  return pieces.find((p) => at >= p.index && at < p.end) ?? pieces.findLast((p) => p.index <= at) ?? pieces[0]!;
}
