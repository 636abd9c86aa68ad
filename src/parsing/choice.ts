import type { ChoiceFact } from '../domain/factDefinition';
import { RECORDED } from '../domain/reading';
import { ChoiceOptions, corrections } from './choices';
import { readDatedChoice } from './datedChoice';
import { readMedicinesChoice } from './medicinesChoice';
import { causedFormIn } from './secondaryForm';
import { ambiguous, invalid, type ParseContext, type ParseOutcome } from './outcome';
import { negatedRemainder } from './wholeAnswers';

export function parseChoice(entered: string, fact: ChoiceFact, context: ParseContext): ParseOutcome {
  const options = ChoiceOptions.of(fact, context.vocabulary);
  const negated = negatedRemainder(entered, context.vocabulary.words);
  const none = options.noneOption();
  if (negated !== undefined && none !== undefined && options.match(entered).kind !== 'match') {
    // "no history of cancer" is the option meaning none; "not active" negates one option and says not which other.
    const named = options.namedIn(negated).filter((code) => code !== none);
    if (named.length > 0) {
      return invalid({ code: 'says-what-not', entered, fact: fact.id });
    }
    return { kind: 'value', value: { kind: 'choice', value: none, entered }, reading: RECORDED };
  }
  // "breast ca 2015, in remission": an option decided by when it was.
  const dated = readDatedChoice(entered, fact, context);
  if (dated) return dated;
  // "pred + MMF 2019–2023": an option decided by the medicines and their period.
  const medicines = readMedicinesChoice(entered, fact, context);
  if (medicines) return medicines;
  // "RPF due to methysergide": a condition with its cause is its secondary form.
  const caused = fact.choices === 'conditions' ? causedFormIn(entered, context.vocabulary) : undefined;
  if (caused?.kind === 'doubt') return ambiguous({ code: 'cause-in-doubt', entered, fact: fact.id, of: caused.of, form: caused.form });
  if (caused) return { kind: 'value', value: { kind: 'choice', value: caused.code, entered }, reading: RECORDED };
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
