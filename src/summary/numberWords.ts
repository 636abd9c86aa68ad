const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * A number from ten to ninety-nine written in words at the end of `text` ("Seventy-two", "forty five"), its value
 * and where it starts; smaller ones are left alone ("one platelet count" is no count).
 */
export function numberWordsAtEnd(text: string): { value: number; index: number } | undefined {
  const match = /(?<![\p{L}])(?:([a-z]+)[\s-]+)?([a-z]+)[\s-]*$/iu.exec(text);
  if (!match) return undefined;
  const [, first, last] = match;
  const tens = first ? TENS.indexOf(first.toLowerCase()) : -1;
  const unit = UNITS.indexOf(last!.toLowerCase());
  if (tens >= 2 && unit >= 1 && unit <= 9) return { value: tens * 10 + unit, index: match.index };
  const alone = TENS.indexOf(last!.toLowerCase());
  const index = match.index + (first ? match[0].indexOf(last!) : 0);
  if (alone >= 2) return { value: alone * 10, index };
  return unit >= 10 ? { value: unit, index } : undefined;
}
