/**
 * Minus signs as clinicians' keyboards type them: ASCII hyphen-minus, the minus sign, en and em dashes,
 * the Unicode hyphens, full-width and small forms, super- and subscript minus.
 */
const MINUS = '[-−–—‐‑‒－﹣⁻₋]';
/** A minus sign before a number, at the start or after a space or a label's punctuation ("−45", "plt: - 5"). */
const NEGATIVE = new RegExp(`(?:^|[\\s:=(])${MINUS}\\s*\\.?\\d`, 'u');
/** Words and signs that make a number an estimate: "about 45", "~45", "approx. 10 mg". */
const APPROXIMATE = /(?:~|≈|∼|\babout|\bapprox(?:\.|imately)?|\baround|\bcirca|\bca\.?|\bc\.|\broughly|\bnearly|\balmost|\bsome)\s*$/i;

/** True when a number in the text carries a minus sign: a count, an age or a dose is never negative. */
export function hasNegativeNumber(text: string): boolean {
  return NEGATIVE.test(text);
}

/** True when the text just before a number makes it an estimate. */
export function isApproximation(before: string): boolean {
  return APPROXIMATE.test(before);
}
