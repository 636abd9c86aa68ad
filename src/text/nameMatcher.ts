import { similarity } from './fuzzy';
import { normalizeName } from './normalize';

/** Anything with a code and the names people call it by: choices, conditions, drugs. */
export interface Nameable {
  code: string;
  label: string;
  synonyms: readonly string[];
}

export type NameMatch =
  | { kind: 'match'; code: string; score: number }
  | { kind: 'ambiguous'; codes: string[] }
  | { kind: 'none' };

/** Abbreviations are too short to correct: "RA" is one edit from "PM". */
const MIN_FUZZY_LENGTH = 5;
/** One slip in five letters ("lupos", "sjogrens" for "sjogren") still matches. */
const MIN_SIMILARITY = 0.8;
/** Two names scoring this close are equally good: ask rather than pick. */
const TIE_MARGIN = 0.05;

/** The names an item answers to: code, label (also without its parenthesis), synonyms — normalized. */
function namesOf(item: Nameable): string[] {
  const names = [item.code.replaceAll('_', ' '), item.label, item.label.replace(/\s*\([^)]*\)/g, ''), ...item.synonyms];
  return [...new Set(names.map(normalizeName).filter((n) => n !== ''))];
}

/** Matches typed text to item codes: exactly after normalization, else by edit distance. */
export class NameMatcher {
  private readonly byName = new Map<string, Set<string>>();

  constructor(items: readonly Nameable[]) {
    for (const item of items) {
      for (const name of namesOf(item)) {
        const codes = this.byName.get(name) ?? new Set<string>();
        codes.add(item.code);
        this.byName.set(name, codes);
      }
    }
  }

  /** Codes with a name standing as whole words inside the text ("pregnancy" in "no pregnancy"), both normalized. */
  namedIn(text: string): string[] {
    const padded = ` ${normalizeName(text)} `;
    const codes = new Set<string>();
    for (const [name, named] of this.byName) {
      if (padded.includes(` ${name} `)) named.forEach((code) => codes.add(code));
    }
    return [...codes];
  }

  /** Codes whose name equals the text once both are normalized. */
  exact(text: string): string[] {
    return [...(this.byName.get(normalizeName(text)) ?? [])];
  }

  closest(text: string): NameMatch {
    const exact = this.exact(text);
    if (exact.length === 1) return { kind: 'match', code: exact[0]!, score: 1 };
    if (exact.length > 1) return { kind: 'ambiguous', codes: exact };
    return this.fuzzy(normalizeName(text));
  }

  private fuzzy(input: string): NameMatch {
    if (input.length < MIN_FUZZY_LENGTH) return { kind: 'none' };
    const best = new Map<string, number>();
    for (const [name, codes] of this.byName) {
      // Lengths, or letters, differing by more than the allowed share of edits cannot reach MIN_SIMILARITY.
      const allowed = (1 - MIN_SIMILARITY) * Math.max(name.length, input.length);
      if (name.length < MIN_FUZZY_LENGTH || Math.abs(name.length - input.length) > allowed || letterDistance(name, input) > allowed) continue;
      const score = similarity(input, name);
      if (score < MIN_SIMILARITY) continue;
      for (const code of codes) best.set(code, Math.max(score, best.get(code) ?? 0));
    }
    const ranked = [...best].sort((a, b) => b[1] - a[1]);
    const top = ranked[0];
    if (!top) return { kind: 'none' };
    const tied = ranked.filter(([, score]) => score >= top[1] - TIE_MARGIN).map(([code]) => code);
    return tied.length > 1 ? { kind: 'ambiguous', codes: tied } : { kind: 'match', code: top[0], score: top[1] };
  }
}

/**
 * A lower bound of the edit distance, in one pass: letters of one string the other lacks (counted with their
 * repeats, the larger of the two sides). An insertion, deletion or substitution changes it by at most one and a
 * transposition not at all, so a pair it puts beyond the allowed edits needs no distance computed.
 */
function letterDistance(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
  let onlyInA = 0;
  let onlyInB = 0;
  for (const count of counts.values()) {
    if (count > 0) onlyInA += count;
    else onlyInB -= count;
  }
  return Math.max(onlyInA, onlyInB);
}
