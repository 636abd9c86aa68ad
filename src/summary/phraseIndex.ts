import { PorterStemmer } from 'natural/lib/natural/stemmers';
import { normalizeName, WORD } from '../text/normalize';
import type { Span } from './span';

export interface PhraseMatch<T> extends Span {
  values: T[];
}

interface Token extends Span {
  /** How the word can be matched: as written (`=`), by its stem (`~`), and whole in any case (`^`, for acronyms). */
  keys: string[];
}

interface Phrase<T> {
  keys: string[];
  values: T[];
}

/** Letters and digits, apostrophes inside ("Sjögren's"), or one Chinese character; "28F" and "45k" are split into the number and the letters. */
const NUMBER_THEN_LETTERS = /^(\p{N}+(?:[.,]\p{N}+)?)(\p{L}+)$/u;

/**
 * Names of one or two characters are abbreviations, read only as written: "IS" (immunosuppressants) is not
 * "is", "PE" not "pe", "ca" (cancer) not "Ca" (calcium). One-letter names ("f", "m") are read in capitals.
 */
const AS_WRITTEN_MAX = 2;

function stemKey(word: string): string {
  const normalized = normalizeName(word).replace(/ /g, '');
  return `~${/\p{N}/u.test(normalized) ? normalized : PorterStemmer.stem(normalized)}`;
}

/** An acronym ("CAPS", "ILD", "TMA") is matched whole, in any case, never by its stem ("CAP" is not "CAPS"). */
const ACRONYM = /^[A-Z][A-Z0-9]*[A-Z0-9]$/;

function nameWordKey(word: string, singleWord: boolean): string {
  if (singleWord && word.length > AS_WRITTEN_MAX && ACRONYM.test(word)) return acronymKey(word);
  if (!singleWord || word.length > AS_WRITTEN_MAX) return stemKey(word);
  return `=${word.length === 1 ? word.toUpperCase() : word}`;
}

function acronymKey(word: string): string {
  return `^${word.toLowerCase()}`;
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(WORD)) {
    const index = from + m.index;
    const split = NUMBER_THEN_LETTERS.exec(m[0]);
    const parts = split ? [split[1]!, split[2]!] : [m[0]];
    let offset = index;
    for (const part of parts) {
      tokens.push({ index: offset, end: offset + part.length, keys: [`=${part}`, stemKey(part), acronymKey(part)] });
      offset += part.length;
    }
  }
  return tokens;
}

/**
 * Finds names in free text, word by word: stems (natural's Porter stemmer) let "platelets" meet "platelet" and
 * "Sjögren's" meet "Sjögren"; the longest name wins at each place, left to right, and names never overlap.
 */
export class PhraseIndex<T> {
  private readonly byFirstKey = new Map<string, Phrase<T>[]>();
  /**
   * The words of the last text scanned whole. A typed message is scanned whole to tell whether it is a note
   * (looksLikeSummary), then sentence by sentence as it is read: its words are stemmed once.
   */
  private whole: { text: string; tokens: Token[] } | undefined;

  add(name: string, value: T): void {
    const words = tokenize(name, 0, name.length).map((t) => name.slice(t.index, t.end));
    if (words.length === 0) return;
    const keys = words.map((w) => nameWordKey(w, words.length === 1));
    const phrases = this.byFirstKey.get(keys[0]!) ?? [];
    const same = phrases.find((p) => p.keys.join(' ') === keys.join(' '));
    if (same) {
      if (!same.values.includes(value)) same.values.push(value);
    } else {
      phrases.push({ keys, values: [value] });
      this.byFirstKey.set(keys[0]!, phrases);
    }
  }

  /** The names in `text` between `from` and `to`. */
  scan(text: string, from = 0, to = text.length): PhraseMatch<T>[] {
    const tokens = this.tokens(text, from, to);
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i);
      if (!best) {
        i += 1;
        continue;
      }
      found.push({ index: tokens[i]!.index, end: tokens[i + best.words - 1]!.end, values: best.values });
      i += best.words;
    }
    return found;
  }

  /** The words between `from` and `to`: those of the text scanned whole before, when no word crosses either end. */
  private tokens(text: string, from: number, to: number): Token[] {
    if (from === 0 && to === text.length) {
      this.whole = { text, tokens: tokenize(text, from, to) };
      return this.whole.tokens;
    }
    if (this.whole?.text !== text) return tokenize(text, from, to);
    const within: Token[] = [];
    for (const token of this.whole.tokens) {
      if (token.end <= from || token.index >= to) continue;
      if (token.index < from || token.end > to) return tokenize(text, from, to);
      within.push(token);
    }
    return within;
  }

  /** The longest names starting at token i, and every value they name (one phrase may name several facts). */
  private longestAt(tokens: readonly Token[], i: number): { words: number; values: T[] } | undefined {
    let words = 0;
    let values: T[] = [];
    for (const key of tokens[i]!.keys) {
      for (const phrase of this.byFirstKey.get(key) ?? []) {
        if (phrase.keys.length < words || !phrase.keys.every((k, j) => tokens[i + j]?.keys.includes(k))) continue;
        if (phrase.keys.length > words) [words, values] = [phrase.keys.length, []];
        values = [...values, ...phrase.values.filter((v) => !values.includes(v))];
      }
    }
    return words === 0 ? undefined : { words, values };
  }
}
