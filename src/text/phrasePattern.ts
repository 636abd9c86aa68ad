const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A letter or digit of a script written with spaces: the end of a word there, where a Chinese character is not. */
const SPACED = '(?:(?!\\p{Script=Han})[\\p{L}\\p{N}])';

/**
 * A phrase as a pattern (for a `u` regular expression): whole words at its word ends (a Chinese character needs no
 * boundary: Chinese is written without spaces); spaces match any run of spaces; curly and straight apostrophes alike.
 */
export function phrasePattern(phrase: string): string {
  const body = escape(phrase).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
  const start = /^(?!\p{Script=Han})[\p{L}\p{N}]/u.test(phrase) ? `(?<!${SPACED})` : '';
  const end = /(?!\p{Script=Han})[\p{L}\p{N}]$/u.test(phrase) ? `(?!${SPACED})` : '';
  return `${start}(?:${body})${end}`;
}

/** Phrases as alternatives, the longest first, so that "no evidence of" wins over "no" where both start. */
export function phrasesPattern(phrases: readonly string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(phrasePattern).join('|')})`;
}
