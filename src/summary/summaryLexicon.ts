import type { Choice, ChoiceFact, FactDefinition, MedicationFact, NumberFact, SetFact } from '../domain/factDefinition';
import type { Drug } from '../domain/vocabulary';
import type { LabTest } from '../domain/labTest';
import { choicesOf, type Vocabulary } from '../engine/compileContext';
import type { Part } from '../parsing/highestOf';
import { isNoneAnswer, isUnknownAnswer } from '../parsing/wholeAnswers';
import { normalizeName, wordSpans } from '../text/normalize';
import { knownWords } from './knownWords';
import { PhraseIndex } from './phraseIndex';

/** What a name found in a summary stands for. */
export type LexiconEntry =
  /** A name of the fact; `part` names one kind of it (see FactName). */
  | { kind: 'name'; fact: FactDefinition; part: boolean }
  /** Words that make the fact likely without settling it (FactName's `suggests`). */
  | { kind: 'suggests'; fact: FactDefinition }
  /** An option that names its fact by itself ("woman" for sex, "lupus" for the main diagnosis). */
  | { kind: 'option'; fact: ChoiceFact | SetFact; code: string }
  | { kind: 'drug'; drug: Drug; facts: MedicationFact[] }
  /** A test notes report as a result ("HBsAg", "QuantiFERON"): what its result implies is the test's (tests.yaml). */
  | { kind: 'test'; test: LabTest; fact: FactDefinition }
  /** Words that answer a set fact with none by saying what the patient is ("post-menopausal"). */
  | { kind: 'none'; fact: SetFact }
  /** The total a fact is less some items of ("SLEDAI-2K" of the clinical SLEDAI-2K). */
  | { kind: 'total'; fact: NumberFact }
  /** One of the measures a fact is the highest of ("TG" of the highest of the lipids relative to their ULN). */
  | { kind: 'component'; fact: NumberFact; component: Part };

/** Option names that are answers to any question, not names of anything ("none", "other", "unknown"). */
const ANSWER_WORDS = ['other', 'another', 'something else', 'yes'];
/** Option names that are everyday words: they name an option only beside its fact's name ("active malignancy"), never alone ("some"). */
const EVERYDAY_WORDS = new Set(['some', 'short', 'previous', 'recent', 'current', 'active', 'remote', 'ongoing', 'never', 'none', 'no']);

/** The catalog's names, as a summary may use them: fact labels and `names`, options, drugs. */
export class SummaryLexicon {
  static of(vocabulary: Vocabulary): SummaryLexicon {
    let lexicon = built.get(vocabulary);
    if (!lexicon) built.set(vocabulary, (lexicon = new SummaryLexicon(vocabulary)));
    return lexicon;
  }

  readonly mentions = new PhraseIndex<LexiconEntry>();
  /** True for words of the catalog's names and of English: not a person's name. */
  readonly isKnownWord: (word: string) => boolean;
  private readonly words = new Set<string>();
  /** For facts with names, their options, read only next to a name ("uncontrolled diabetes"). */
  private readonly optionsByFact = new Map<string, PhraseIndex<string>>();
  /** Facts named by the words another fact was read from (`wordsOf`), by that other fact's id. */
  private readonly namedByWordsOf = new Map<string, FactDefinition[]>();

  private constructor(readonly vocabulary: Vocabulary) {
    for (const fact of vocabulary.facts.values()) {
      const whole: LexiconEntry = { kind: 'name', fact, part: false };
      const part: LexiconEntry = { kind: 'name', fact, part: true };
      for (const name of labelNames(fact.label)) this.add(name, whole);
      for (const name of fact.names) {
        if (typeof name === 'string') this.add(name, whole);
        else if ('part' in name) this.add(name.part, part);
        else if ('suggests' in name) this.add(name.suggests, { kind: 'suggests', fact });
        else this.namedByWordsOf.set(name.wordsOf, [...(this.namedByWordsOf.get(name.wordsOf) ?? []), fact]);
      }
      if (fact.type === 'choice' || fact.type === 'set') this.addOptions(fact);
      if (fact.type === 'set') for (const word of fact.noneWords) this.add(word, { kind: 'none', fact });
      if (fact.type === 'number') for (const component of fact.highestOf ?? []) for (const name of component.names) this.add(name, { kind: 'component', fact, component });
      if (fact.type === 'number') for (const name of fact.totalLess?.names ?? []) this.add(name, { kind: 'total', fact });
    }
    for (const drug of vocabulary.drugs.values()) {
      const facts = [...vocabulary.facts.values()].filter(
        (f): f is MedicationFact => f.type === 'medication' && drug.classes.some((c) => f.classes.includes(c)),
      );
      if (facts.length === 0) continue;
      const entry: LexiconEntry = { kind: 'drug', drug, facts };
      for (const name of [drug.code.replaceAll('_', ' '), ...labelNames(drug.label), ...drug.synonyms]) this.add(name, entry);
    }
    for (const test of vocabulary.labTests) {
      const fact = vocabulary.facts.get(test.fact);
      if (!fact) continue;
      const entry: LexiconEntry = { kind: 'test', test, fact };
      for (const name of [test.label, ...test.names]) this.add(name, entry);
    }
    this.isKnownWord = knownWords(this.words);
  }

  private add(name: string, entry: LexiconEntry): void {
    this.mentions.add(name, entry);
    for (const { word } of wordSpans(name)) this.words.add(word);
  }

  /** The options of a fact that has names, to read next to them; undefined for facts whose options name them. */
  optionsOf(fact: FactDefinition): PhraseIndex<string> | undefined {
    return this.optionsByFact.get(fact.id);
  }

  /** Facts whose value is dated by the words `fact` was read from ("SLE since 2015"). */
  namedByWordsOfFact(fact: FactDefinition): readonly FactDefinition[] {
    return this.namedByWordsOf.get(fact.id) ?? [];
  }

  private addOptions(fact: ChoiceFact | SetFact): void {
    const ownIndex = fact.names.length > 0 ? new PhraseIndex<string>() : undefined;
    if (ownIndex) this.optionsByFact.set(fact.id, ownIndex);
    const ownNames = ownIndex ? fact.names.filter((n): n is string => typeof n === 'string').map((n) => ` ${normalizeName(n)} `) : [];
    for (const choice of choicesOf(this.vocabulary, fact)) {
      const entry: LexiconEntry = { kind: 'option', fact, code: choice.code };
      for (const name of optionNames(choice).filter((n) => !isAnswerWord(n, this.vocabulary))) {
        if (!ownIndex) {
          if (!EVERYDAY_WORDS.has(name.trim().toLowerCase())) this.add(name, entry);
        } else {
          ownIndex.add(name, choice.code);
          for (const { word } of wordSpans(name)) this.words.add(word);
          // A synonym that adds one of the fact's names to the option names the fact by itself: "secondary APS" is another
          // diagnosis. Not when the option's label holds the name: "secondary RPF" is a disease of its own.
          const holds = (text: string) => ownNames.some((n) => ` ${normalizeName(text)} `.includes(n));
          if (holds(name) && !holds(choice.label)) this.add(name, entry);
        }
      }
    }
  }
}

const built = new WeakMap<Vocabulary, SummaryLexicon>();

/** A label and, when it has one, the label without its parenthesis ("Active infection (including …)"). */
function labelNames(label: string): string[] {
  const short = label.replace(/\s*\([^)]*\)/g, '').trim();
  return short && short !== label ? [label, short] : [label];
}

function optionNames(choice: Choice): string[] {
  return [choice.code.replaceAll('_', ' '), ...labelNames(choice.label), ...choice.synonyms];
}

function isAnswerWord(name: string, vocabulary: Vocabulary): boolean {
  return isNoneAnswer(name, vocabulary.words) || isUnknownAnswer(name, vocabulary.words) || ANSWER_WORDS.some((w) => w === name.trim().toLowerCase());
}
