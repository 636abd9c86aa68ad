import type { ChoiceFact } from '../domain/factDefinition';
import type { Vocabulary } from '../engine/compileContext';
import { ChoiceOptions } from './choices';
import { ambiguous, invalid, listOf, quote, type ParseOutcome } from './outcome';
import { negatedRemainder } from './wholeAnswers';

export function parseChoice(entered: string, fact: ChoiceFact, vocabulary: Vocabulary): ParseOutcome {
  const options = ChoiceOptions.of(fact, vocabulary);
  const negated = negatedRemainder(entered, vocabulary.words);
  const none = options.noneOption();
  if (negated !== undefined && none !== undefined && options.match(entered).kind !== 'match') {
    // "no history of cancer" is the option meaning none; "not active" negates one option and says not which other.
    const named = options.namedIn(negated).filter((code) => code !== none);
    if (named.length > 0) {
      return invalid(`${quote(entered)} says what it is not; please choose what it is: ${listOf(options.choices.map((c) => c.label))}.`);
    }
    return { kind: 'value', value: { kind: 'choice', value: none, entered }, summary: `${fact.label}: ${options.label(none)}` };
  }
  const match = options.match(entered);
  switch (match.kind) {
    case 'none':
      return invalid(`I did not recognise ${quote(entered)}. Please choose one of: ${options.list()}.`);
    case 'ambiguous':
      return ambiguous(options.whichOf(match.codes));
    case 'match':
      return {
        kind: 'value',
        value: { kind: 'choice', value: match.code, entered },
        summary: `${fact.label}: ${options.label(match.code)}${options.correction(entered, match)}`,
      };
  }
}
