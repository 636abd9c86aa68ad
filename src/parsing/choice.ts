import type { ChoiceFact } from '../domain/factDefinition';
import type { Vocabulary } from '../engine/compileContext';
import { ChoiceOptions } from './choices';
import { ambiguous, invalid, quote, type ParseOutcome } from './outcome';

export function parseChoice(entered: string, fact: ChoiceFact, vocabulary: Vocabulary): ParseOutcome {
  const options = ChoiceOptions.of(fact, vocabulary);
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
