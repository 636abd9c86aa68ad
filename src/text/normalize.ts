/**
 * Folds case, diacritics and apostrophes and turns punctuation into single spaces, so that
 * "Sjögren's", "sjogrens" and "SJOGRENS" meet, and "IgG4-RD" meets "igg4 rd".
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface WordSpan {
  /** The word normalized as by normalizeName. */
  word: string;
  index: number;
  end: number;
}

/** The words of a text with their positions; apostrophes stay inside words ("Ormond's") as normalizeName drops them. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(/[\p{L}\p{N}'’‘`´]+/gu)]
    .map((m) => ({ word: normalizeName(m[0]), index: m.index, end: m.index + m[0].length }))
    .filter((w) => w.word !== '');
}
