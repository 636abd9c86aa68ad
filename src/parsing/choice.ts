import type { ChoiceFact } from '../domain/factDefinition';
import { ChoiceOptions } from './choices';
import { readDatedChoice } from './datedChoice';
import { readMedicinesChoice } from './medicinesChoice';
import { causedFormIn } from './secondaryForm';
import { ambiguous, invalid, listOf, quote, type ParseContext, type ParseOutcome } from './outcome';
import { negatedRemainder } from './wholeAnswers';

export function parseChoice(entered: string, fact: ChoiceFact, context: ParseContext): ParseOutcome {
  const options = ChoiceOptions.of(fact, context.vocabulary);
  const negated = negatedRemainder(entered);
  const none = options.noneOption();
  if (negated !== undefined && none !== undefined && options.match(entered).kind !== 'match') {
    // "no history of cancer" is the option meaning none; "not active" negates one option and says not which other.
    const named = options.namedIn(negated).filter((code) => code !== none);
    if (named.length > 0) {
      return invalid(`${quote(entered)} says what it is not; please choose what it is: ${listOf(options.choices.map((c) => c.label))}.`);
    }
    return { kind: 'value', value: { kind: 'choice', value: none, entered }, summary: `${fact.label}: ${options.label(none)}` };
  }
  // "breast ca 2015, in remission": an option decided by when it was.
  const dated = readDatedChoice(entered, fact, context);
  if (dated) return dated;
  // "pred + MMF 2019–2023": an option decided by the medicines and their period.
  const medicines = readMedicinesChoice(entered, fact, context);
  if (medicines) return medicines;
  // "RPF due to methysergide": a condition with its cause is its secondary form.
  const caused = fact.choices === 'conditions' ? causedFormIn(entered, context.vocabulary) : undefined;
  if (caused?.kind === 'doubt') return ambiguous(`${quote(entered)} gives a cause in doubt: is it ${options.label(caused.of)}, or ${options.label(caused.form)}?`);
  if (caused) return { kind: 'value', value: { kind: 'choice', value: caused.code, entered }, summary: `${fact.label}: ${options.label(caused.code)}` };
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
