/**
 * A word: a run of letters and digits (apostrophes inside), or one Chinese character. Chinese writes no spaces, so
 * each character is a word of its own and names are read as runs of characters ("泼尼松" in "强的松10mg泼尼松").
 */
export const WORD = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}'’‘`´])+/gu;

/**
 * Folds case, diacritics and apostrophes and turns punctuation into single spaces, so that
 * "Sjögren's", "sjogrens" and "SJOGRENS" meet, and "IgG4-RD" meets "igg4 rd"; Chinese characters stand apart, as
 * words do ("血小板" is "血 小 板"), so that a name is found inside unspaced Chinese as between spaces.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\p{Script=Han}/gu, ' $& ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Phrases as alternatives of a pattern over normalized text (normalizeName), longest first, so that a phrase and one
 * it begins with ("not tested", "not") both match where they stand.
 */
export function normalizedAlternatives(phrases: readonly string[]): string {
  const normalized = [...new Set(phrases.map(normalizeName))].filter((p) => p !== '').sort((a, b) => b.length - a.length);
  return `(?:${normalized.map((p) => p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`;
}

export interface WordSpan {
  /** The word normalized as by normalizeName. */
  word: string;
  index: number;
  end: number;
}

/** The words of a text with their positions; apostrophes stay inside words ("Ormond's") as normalizeName drops them. */
export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)]
    .map((m) => ({ word: normalizeName(m[0]), index: m.index, end: m.index + m[0].length }))
    .filter((w) => w.word !== '');
}
