import type { Choice, ChoiceFact, SetFact } from '../domain/factDefinition';
import { choicesOf, type Vocabulary } from '../engine/compileContext';
import { NameMatcher, type NameMatch } from '../text/nameMatcher';

// Built once per fact and vocabulary: normalizing every option's names takes longer than parsing an answer.
const built = new WeakMap<Vocabulary, WeakMap<ChoiceFact | SetFact, ChoiceOptions>>();

/** The options of a choice or set fact; `choices: conditions` offers the condition vocabulary. */
export class ChoiceOptions {
  static of(fact: ChoiceFact | SetFact, vocabulary: Vocabulary): ChoiceOptions {
    let byFact = built.get(vocabulary);
    if (!byFact) built.set(vocabulary, (byFact = new WeakMap()));
    let options = byFact.get(fact);
    if (!options) byFact.set(fact, (options = new ChoiceOptions(fact, vocabulary)));
    return options;
  }

  readonly choices: readonly Choice[];
  private readonly matcher: NameMatcher;

  private constructor(fact: ChoiceFact | SetFact, vocabulary: Vocabulary) {
    this.choices = choicesOf(vocabulary, fact);
    this.matcher = new NameMatcher(this.choices);
  }

  /** True when the whole text names one option exactly (so "DM/PM" is not split as a list). */
  isExactName(text: string): boolean {
    return this.matcher.exact(text).length > 0;
  }

  match(text: string): NameMatch {
    return this.matcher.closest(text);
  }

  /** The options named as whole words in the text: what a negation is about ("not active", "no pregnancy"). */
  namedIn(text: string): string[] {
    return this.matcher.namedIn(text);
  }

  /** The option that means none ("Never" for "no", "none" or "never"), when the fact has exactly one. */
  noneOption(): string | undefined {
    const codes = new Set(['none', 'no', 'never'].flatMap((word) => this.matcher.exact(word)));
    return codes.size === 1 ? [...codes][0] : undefined;
  }
}

/** The misspelt options among those matched, with what each was read as, so the clinician sees the correction. */
export function corrections(matched: readonly { typed: string; match: Extract<NameMatch, { kind: 'match' }> }[]): { typed: string; code: string }[] {
  return matched.filter(({ match }) => match.score < 1).map(({ typed, match }) => ({ typed, code: match.code }));
}
