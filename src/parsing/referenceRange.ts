import { readNumber } from './numberText';

/** A laboratory's reference range, or its flag, written after a value: no second value, and its upper end is the ULN. */
export interface Reference {
  /** How many characters it takes, from where it was looked for. */
  length: number;
  /** The upper limit of normal it gives ("7–56", "<1.7", "≤40"), in the value's unit. */
  upper?: number;
}

const FIGURE = String.raw`\d[\d.,]*`;
/** "ref 7–56", "<1.7", "≤ 40", "90–180", ">60": a range, or a limit with its comparator. */
const RANGE = String.raw`(?:(?:[Rr]ef(?:erence)?(?:\s+range)?|[Nn]ormal(?:\s+range)?|NR|RR)\s*:?\s*)?(?:(?:[<≤]=?|<=)\s*(?<limit>${FIGURE})|[>≥]=?\s*${FIGURE}|(?<low>${FIGURE})\s*(?:-|–|—|to)\s*(?<high>${FIGURE}))`;
/** A flag the laboratory adds: "(low)", "↑", or a capital "L" or "H" standing apart (never the h of "24h"). */
const FLAG = String.raw`(?:\s*[(\[]\s*(?:low|Low|LOW|high|High|HIGH|normal|Normal|abnormal|L|H|N)\s*[)\]]|\s+(?:L|H|LL|HH)(?![\p{L}\p{N}])|\s*[↑↓*]+)`;
/**
 * A range in a bracket ("(ref 7–56)", "[<1.7]", "(≤40)"), or in a table's next column, two spaces or more away
 * ("35 U/L        7–40   L"), then perhaps a flag.
 */
const RANGE_AFTER = new RegExp(String.raw`^(?<open>\s*[(\[]|\s{2,}|\t)\s*${RANGE}(?<close>(?:\s*[^\s()[\]\d]{1,12})?\s*[)\]])?`, 'u');
const FLAG_AFTER = new RegExp(String.raw`^${FLAG}(?![\p{L}\p{N}])`, 'u');

/** The reference range or flag at the start of `text` (the words right after a value and its unit), if there is one. */
export function referenceAt(text: string): Reference | undefined {
  const range = RANGE_AFTER.exec(text);
  const bracketed = range && /[(\[]/.test(range.groups!.open!);
  const closed = range && (bracketed ? range.groups!.close !== undefined : range.groups!.close === undefined && /^(?:\s|$|[|,;])/.test(text.slice(range[0].length)));
  if (range && closed) {
    const flag = FLAG_AFTER.exec(text.slice(range[0].length));
    const upper = range.groups!.limit ?? range.groups!.high;
    const value = upper === undefined ? undefined : readNumber(upper);
    return { length: range[0].length + (flag?.[0].length ?? 0), ...(value !== undefined ? { upper: value } : {}) };
  }
  const flag = FLAG_AFTER.exec(text);
  return flag ? { length: flag[0].length } : undefined;
}
