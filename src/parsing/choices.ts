import type { Choice, ChoiceFact, SetFact } from '../domain/factDefinition';
import { choiceLabel, choicesOf, type Vocabulary } from '../engine/compileContext';
import { NameMatcher, type NameMatch } from '../text/nameMatcher';
import { listOf, quote } from './outcome';

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

  private constructor(
    private readonly fact: ChoiceFact | SetFact,
    private readonly vocabulary: Vocabulary,
  ) {
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

  label(code: string): string {
    return choiceLabel(this.vocabulary, this.fact, code);
  }

  /** "Female or Male", for messages. */
  list(conjunction = 'or'): string {
    return listOf(this.choices.map((c) => c.label), conjunction);
  }

  /** Says how a misspelt answer was read, so the clinician sees the correction; empty for exact names. */
  correction(text: string, match: Extract<NameMatch, { kind: 'match' }>): string {
    return match.score < 1 ? ` (read ${quote(text)} as ${this.label(match.code)})` : '';
  }

  /** "Did you mean Stage A or Stage B?" */
  whichOf(codes: readonly string[]): string {
    return `Did you mean ${listOf(codes.map((c) => this.label(c)))}?`;
  }
}
