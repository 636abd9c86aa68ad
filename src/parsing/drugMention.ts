import type { Drug } from '../domain/vocabulary';
import { NameMatcher } from '../text/nameMatcher';
import { wordSpans } from '../text/normalize';

export interface DrugMention {
  drug: Drug;
  index: number;
  end: number;
  /** 1 for an exact name; below 1 for a corrected misspelling. */
  score: number;
}

export type DrugSearch = { kind: 'found'; mentions: DrugMention[] } | { kind: 'ambiguous'; text: string; drugs: Drug[] };

/**
 * A drug's name used for something else: "FVC 68% pred" (predicted), "started by a TCM doctor" (traditional
 * Chinese medicine as a practice).
 */
const PERCENT_BEFORE = /%\s*$/;
const PLACE_OR_PERSON_AFTER = /^\s*(?:doctors?|clinics?|hospitals?|practitioners?|physicians?|departments?|dept)\b/i;

/** Whether the name at `name` in `text` names something other than the drug. */
export function namesSomethingElse(text: string, name: { index: number; end: number }): boolean {
  return PERCENT_BEFORE.test(text.slice(0, name.index)) || PLACE_OR_PERSON_AFTER.test(text.slice(name.end));
}

/** Misspelt names are looked for in one or two words ("mycophenolat mofetil"). */
const MAX_FUZZY_WORDS = 2;

// Built once per drug vocabulary: normalizing every drug's names takes longer than parsing an answer.
const finders = new WeakMap<ReadonlyMap<string, Drug>, DrugFinder>();

/** Finds the drugs named in a text by label, synonym or, failing any exact name, a close misspelling. */
export class DrugFinder {
  static of(drugs: ReadonlyMap<string, Drug>): DrugFinder {
    let finder = finders.get(drugs);
    if (!finder) finders.set(drugs, (finder = new DrugFinder([...drugs.values()])));
    return finder;
  }

  private readonly matcher: NameMatcher;
  private readonly byCode: ReadonlyMap<string, Drug>;
  /** Words in the longest name of the vocabulary ("other traditional Chinese herbal medicine": 5). */
  private readonly maxNameWords: number;

  private constructor(drugs: readonly Drug[]) {
    this.matcher = new NameMatcher(drugs);
    this.byCode = new Map(drugs.map((d) => [d.code, d]));
    this.maxNameWords = Math.max(1, ...drugs.flatMap((d) => [d.label, ...d.synonyms]).map((name) => wordSpans(name).length));
  }

  find(text: string): DrugSearch {
    const exact = this.scan(text, this.maxNameWords, (span) => {
      const codes = this.matcher.exact(span);
      return codes.length === 0 ? { kind: 'none' } : codes.length === 1 ? { kind: 'match', code: codes[0]!, score: 1 } : { kind: 'ambiguous', codes };
    });
    if (exact.kind === 'ambiguous' || exact.mentions.length > 0) return exact;
    // Only the best-scoring misspelling is kept: one corrected name per part of the answer.
    // Chinese is not corrected: one character apart is another word altogether.
    const fuzzy = this.scan(text, MAX_FUZZY_WORDS, (span) => (/\d|\p{Script=Han}/u.test(span) ? { kind: 'none' } : this.matcher.closest(span)));
    if (fuzzy.kind === 'ambiguous') return fuzzy;
    const best = fuzzy.mentions.sort((a, b) => b.score - a.score)[0];
    return { kind: 'found', mentions: best ? [best] : [] };
  }

  /** Left to right, the longest window of words naming a drug; names do not overlap. */
  private scan(text: string, maxWords: number, name: (span: string) => ReturnType<NameMatcher['closest']>): DrugSearch {
    const words = wordSpans(text);
    const mentions: DrugMention[] = [];
    for (let i = 0; i < words.length; ) {
      let taken = 1;
      for (let n = Math.min(maxWords, words.length - i); n >= 1; n--) {
        const index = words[i]!.index;
        const end = words[i + n - 1]!.end;
        const match = name(text.slice(index, end));
        if (match.kind === 'ambiguous') {
          return { kind: 'ambiguous', text: text.slice(index, end), drugs: match.codes.map((c) => this.byCode.get(c)!) };
        }
        if (match.kind === 'match') {
          if (!namesSomethingElse(text, { index, end })) mentions.push({ drug: this.byCode.get(match.code)!, index, end, score: match.score });
          taken = n;
          break;
        }
      }
      i += taken;
    }
    return { kind: 'found', mentions };
  }
}
