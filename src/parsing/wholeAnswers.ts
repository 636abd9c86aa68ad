import type { ReadingWords } from '../domain/readingWords';
import { normalizeName, normalizedAlternatives as oneOf } from '../text/normalize';

/**
 * The words of whole answers (seeds/reading/words.<lang>.yaml), compiled once per vocabulary: phrases and texts are
 * compared normalized, each Chinese character a word of its own.
 */
interface Compiled {
  yes: ReadonlySet<string>;
  no: ReadonlySet<string>;
  unknown: ReadonlySet<string>;
  none: ReadonlySet<string>;
  notDone: RegExp;
  negation: RegExp;
  goesOn: RegExp;
}

const compiledWords = new WeakMap<ReadingWords, Compiled>();

function compiled(words: ReadingWords): Compiled {
  let found = compiledWords.get(words);
  if (!found) compiledWords.set(words, (found = compile(words)));
  return found;
}

function compile(words: ReadingWords): Compiled {
  const set = (phrases: readonly string[]) => new Set(phrases.map(normalizeName));
  const { before, negations, between, done, after } = words.notDone;
  return {
    yes: set(words.yes),
    no: set(words.no),
    unknown: set(words.unknown),
    none: set(words.none),
    notDone: new RegExp(`^(?:${oneOf(before)} )*${oneOf(negations)}(?: ${oneOf(between)})* ${oneOf(done)}(?: ${oneOf(after)})?$`),
    negation: new RegExp(`^(?:${oneOf(words.subjects)} )?${oneOf(words.negations)}(?: (.*))?$`),
    goesOn: new RegExp(`(?:^| )${oneOf(words.goesOn)}(?: |$)`),
  };
}

/**
 * Answers that mean "I don't know" for any question, and a test not done ("never tested", "未查"): recorded as
 * unknown, never as no.
 */
export function isUnknownAnswer(text: string, words: ReadingWords): boolean {
  // "?" vanishes under normalization, so it is recognized on the raw text.
  const key = normalizeName(text);
  const { unknown, notDone } = compiled(words);
  return /^\s*\?+\s*$/.test(text) || unknown.has(key) || notDone.test(key);
}

/** Answers meaning "none of these / never": a complete answer where the question allows one; `extra` adds a fact's own wording of "none" (its noneLabel). */
export function isNoneAnswer(text: string, words: ReadingWords, extra: readonly string[] = []): boolean {
  const key = normalizeName(text);
  return key !== '' && (compiled(words).none.has(key) || extra.some((phrase) => normalizeName(phrase) === key));
}

/** A yes or a no however worded ("no history of it", "has never received it", "没有"); undefined for anything else. */
export function readYesNo(entered: string, words: ReadingWords): boolean | undefined {
  const key = normalizeName(entered);
  const { yes, no } = compiled(words);
  if (yes.has(key)) return true;
  return no.has(key) || negatedRemainder(entered, words) !== undefined ? false : undefined;
}

/** Whether the words after a yes or no say more than it ("but once in 2019", "但曾…"). */
export function goesOn(text: string, words: ReadingWords): boolean {
  return compiled(words).goesOn.test(normalizeName(text));
}

/**
 * "no history of cancer", "has never received it", "not pregnant", "doesn't", "否认结核病史": a negative answer, with
 * what follows the negation (normalized, maybe empty). Undefined for anything else, for a test not done ("not
 * tested", "未查HBV"), and for a negation that goes on to say more ("no, but…", figures, dates): that is not a plain
 * "no".
 */
export function negatedRemainder(text: string, words: ReadingWords): string | undefined {
  if (/\d/.test(text)) return undefined;
  const key = normalizeName(text);
  const { negation, notDone } = compiled(words);
  const match = negation.exec(key);
  if (!match || goesOn(key, words) || notDone.test(key) || startsNotDone(key, words)) return undefined;
  return match[1] ?? '';
}

/** "未查HBV-DNA", "not checked for HBV": a test not done, with what was not tested after it. */
function startsNotDone(key: string, words: ReadingWords): boolean {
  const spaced = key.split(' ');
  return spaced.some((_, end) => end > 0 && compiled(words).notDone.test(spaced.slice(0, end).join(' ')));
}

/** Whether the whole text is one of the phrases, compared normalized ("Looks good!" is "looks good", "剂量 未变" is "剂量未变"). */
export function isOneOf(text: string, phrases: readonly string[]): boolean {
  const key = normalizeName(text);
  return key !== '' && phrases.some((phrase) => normalizeName(phrase) === key);
}
