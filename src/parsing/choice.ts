import type { ChoiceFact } from '../domain/factDefinition';
import { RECORDED } from '../domain/reading';
import type { Vocabulary } from '../engine/compileContext';
import { ChoiceOptions, corrections } from './choices';
import { ambiguous, invalid, type ParseOutcome } from './outcome';
import { negatedRemainder } from './wholeAnswers';

export function parseChoice(entered: string, fact: ChoiceFact, vocabulary: Vocabulary): ParseOutcome {
  const options = ChoiceOptions.of(fact, vocabulary);
  const negated = negatedRemainder(entered);
  const none = options.noneOption();
  if (negated !== undefined && none !== undefined && options.match(entered).kind !== 'match') {
    // "no history of cancer" is the option meaning none; "not active" negates one option and says not which other.
    const named = options.namedIn(negated).filter((code) => code !== none);
    if (named.length > 0) {
      return invalid({ code: 'says-what-not', entered, fact: fact.id });
    }
    return { kind: 'value', value: { kind: 'choice', value: none, entered }, reading: RECORDED };
  }
  const match = options.match(entered);
  switch (match.kind) {
    case 'none':
      return invalid({ code: 'unknown-choice', entered, fact: fact.id });
    case 'ambiguous':
      return ambiguous({ code: 'which-choice', fact: fact.id, codes: match.codes });
    case 'match':
      return { kind: 'value', value: { kind: 'choice', value: match.code, entered }, reading: { as: 'options', corrections: corrections([{ typed: entered, match }]) } };
  }
}
