import type { SetFact } from '../domain/factDefinition';
import { RECORDED } from '../domain/reading';
import type { NameMatch } from '../text/nameMatcher';
import type { Vocabulary } from '../engine/compileContext';
import { ChoiceOptions, corrections } from './choices';
import { ambiguous, invalid, type ParseOutcome } from './outcome';
import { isNoneAnswer, negatedRemainder } from './wholeAnswers';

/** Between the items of a list: "RA and Sjögren's", "diabetes, heart failure". Not "/" nor "or": names use them ("DM/PM"). */
const SEPARATORS = /\s*(?:[,;+&]|\band\b|\bplus\b|\bas well as\b)\s*/i;

export function parseSet(entered: string, fact: SetFact, vocabulary: Vocabulary): ParseOutcome {
  const none = { kind: 'set' as const, values: [] as string[], entered };
  if (isNoneAnswer(entered, [fact.noneLabel])) return { kind: 'value', value: none, reading: RECORDED };
  const options = ChoiceOptions.of(fact, vocabulary);
  const negated = negatedRemainder(entered);
  if (negated !== undefined) {
    // "has never received it" is none; "no pregnancy" rules out one of several: none of them only once confirmed.
    if (options.namedIn(negated).length === 0) return { kind: 'value', value: none, reading: RECORDED };
    return { kind: 'follow-up', pending: none, reading: RECORDED, followUp: { kind: 'none-at-all' } };
  }
  const items = options.isExactName(entered) ? [entered] : entered.split(SEPARATORS).filter((item) => item.trim() !== '');
  if (items.length === 0) return invalid({ code: 'name-options', fact: fact.id });
  const codes: string[] = [];
  const matched: { typed: string; match: Extract<NameMatch, { kind: 'match' }> }[] = [];
  for (const item of items) {
    const match = options.match(item);
    if (match.kind === 'none') return invalid({ code: 'unknown-option', item, fact: fact.id });
    if (match.kind === 'ambiguous') return ambiguous({ code: 'which-choice', fact: fact.id, codes: match.codes, item });
    if (!codes.includes(match.code)) codes.push(match.code);
    matched.push({ typed: item, match });
  }
  return { kind: 'value', value: { kind: 'set', values: codes, entered }, reading: { as: 'options', corrections: corrections(matched) } };
}
