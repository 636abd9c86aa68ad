import type { ReadingWords } from '../domain/readingWords';
import { phrasesPattern } from '../text/phrasePattern';

/** The patterns of the words around a value, from words.<lang>.yaml (`upperLimit`, `trends`). */
export interface ValueWords {
  /** "normal", "WNL", "正常": the whole answer says the value is normal. */
  normalAnswer: RegExp;
  /** "LFTs are normal", "肝功能正常" after a name: its value is normal. */
  normalAfterName: RegExp;
  /** "ALT 35 (normal)" after a value: said normal. */
  normalAfterValue: RegExp;
  /** "80 U/L, ULN 40", "80 (ULN 40)", "30 µmol/L with upper limit of normal 21", "120，正常上限40": the value, then the limit. */
  ulnAnswer: RegExp;
  /** "(ULN 40)", ", ULN 40 U/L", "（正常上限40）" after a value: the laboratory's limit, which parseNumber divides by. */
  ulnAfterValue: RegExp;
  /** "60-65", "20 to 30", "18 → 35", "150 then 90", "2.4 / 2.9", "3.62g降至2.15g" after a value: a range or a trend, not one value. */
  rangeOrTrend: RegExp;
}

const compiled = new WeakMap<ReadingWords, ValueWords>();

export function valueWords(words: ReadingWords): ValueWords {
  let found = compiled.get(words);
  if (!found) compiled.set(words, (found = compile(words)));
  return found;
}

function compile(words: ReadingWords): ValueWords {
  const uln = phrasesPattern(words.upperLimit);
  const normal = phrasesPattern(words.normal);
  return {
    normalAnswer: new RegExp(String.raw`^\s*${normal}[\s.!。]*$`, 'iu'),
    normalAfterName: new RegExp(String.raw`^[\s:=-]*(?:(?:are|is|was|were|all|now|currently)\s+)*${normal}(?![\p{L}])`, 'iu'),
    normalAfterValue: new RegExp(String.raw`^\s*\(?\s*${normal}\s*\)?\s*[,.;。]?\s*$`, 'iu'),
    ulnAnswer: new RegExp(String.raw`^(.*?)[\s,;(]*(?:with\s+)?${uln}\s*(?:is|of|=|:)?\s*(\.?\d.*?)[\s).]*$`, 'iu'),
    ulnAfterValue: new RegExp(String.raw`^\s*(?:[^\s\d(,;]+\s*)?[(,]?\s*${uln}\s*(?:is|of|=|:)?\s*\d[\d.,]*\s*[^\s,;)]*\s*\)?`, 'iu'),
    rangeOrTrend: new RegExp(String.raw`^\s*(?:[-–/]|→|->|=>|${phrasesPattern(words.trends)})\s*\d`, 'iu'),
  };
}
