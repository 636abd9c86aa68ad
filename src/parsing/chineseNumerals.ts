/** A count in Chinese numerals up to 99, or in digits: "3", "十五", "二十", "两". */
const DIGIT = '一二三四五六七八九';
export const CHINESE_COUNT = String.raw`(?<![\d〇零一二两三四五六七八九十])(?:\d+|[${DIGIT}]?十[${DIGIT}]?|[${DIGIT}两])(?![\d十])`;

/** The number a count matched by CHINESE_COUNT says: "十五" is 15, "二十" 20, "两" 2, "7" 7. */
export function chineseCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === '两') return 2;
  const ten = word.indexOf('十');
  if (ten === -1) return DIGIT.indexOf(word) + 1;
  const tens = ten === 0 ? 1 : DIGIT.indexOf(word[0]!) + 1;
  const units = ten === word.length - 1 ? 0 : DIGIT.indexOf(word[ten + 1]!) + 1;
  return tens * 10 + units;
}
