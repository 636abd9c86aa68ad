export interface NumberToken {
  /** Undefined when the digits cannot be read as one number ("1.2.3", "10,20,30"). */
  value: number | undefined;
  text: string;
  index: number;
  end: number;
}

/**
 * Digits that stand on their own. Digits glued to a letter or a unit sign before them belong to a
 * name or a unit ("C3", "IgG4", "x10^9", "/1.73 m²", "q12h"), not to the value. A Chinese character is a word of
 * its own, never part of a name with the digits after it: Chinese writes no space before a value ("血小板45").
 */
export const NUMBER_PATTERN = String.raw`(?<!(?!\p{Script=Han})[\p{L}\p{N}]|[.,^*/×_-])\.?\d(?:[\d.,]*\d)?`;
const NUMBER = new RegExp(NUMBER_PATTERN, 'gu');

export function findNumbers(text: string): NumberToken[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    value: readNumber(m[0]),
    text: m[0],
    index: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * Reads "45,000" as forty-five thousand but "8,5" as eight and a half: a comma followed by groups of
 * exactly three digits is a thousands separator (unless the number starts "0,"), any other single
 * comma is a decimal comma.
 */
export function readNumber(text: string): number | undefined {
  if (/^\d*\.?\d+$/.test(text)) return Number(text);
  if (/^[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/.test(text)) return Number(text.replaceAll(',', ''));
  if (/^\d+,\d+$/.test(text)) return Number(text.replace(',', '.'));
  return undefined;
}

/** True when a number in `text` stands alone, i.e. is not the start of a word such as "24h". */
export function hasStandaloneNumber(text: string): boolean {
  return findNumbers(text).some((n) => !/^\p{L}/u.test(text.slice(n.end)));
}
