import { z } from 'zod';

// Unset and empty are the same thing: `.env` files and deployment slots write `NAME=` for "not set".
export function blankAsUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

/** Digits, with a decimal part: "12", "0.5". */
export const DECIMAL_DIGITS = /^\d+(?:\.\d+)?$/;
/** Digits only: "365". */
export const WHOLE_DIGITS = /^\d+$/;

// Number() alone would also take a sign, an exponent, hex or "Infinity": the text must match `digits` first.
const digitsRead = (digits: RegExp, expectation: string, range: z.ZodNumber) =>
  z.string().trim().regex(digits, expectation).transform(Number).pipe(range);

/** A number setting: blank is `fallback`; otherwise `digits` as text, then `range`, each failure saying `expectation`. */
export function numberSetting(digits: RegExp, expectation: string, range: z.ZodNumber, fallback: number) {
  return z.preprocess(blankAsUndefined, digitsRead(digits, expectation, range).default(fallback));
}

/** As numberSetting, blank left unset (the caller's default applies). */
export function optionalNumberSetting(digits: RegExp, expectation: string, range: z.ZodNumber) {
  return z.preprocess(blankAsUndefined, digitsRead(digits, expectation, range).optional());
}
