import type { SetFact } from '../domain/factDefinition';
import type { Vocabulary } from '../engine/compileContext';
import { ChoiceOptions } from './choices';
import { ambiguous, invalid, quote, type ParseOutcome } from './outcome';
import { isNoneAnswer, negatedRemainder } from './wholeAnswers';

/** Between the items of a list: "RA and Sjögren's", "diabetes, heart failure". Not "/" nor "or": names use them ("DM/PM"). */
const SEPARATORS = /\s*(?:[,;+&]|\band\b|\bplus\b|\bas well as\b)\s*/i;

export function parseSet(entered: string, fact: SetFact, vocabulary: Vocabulary): ParseOutcome {
  const none = { kind: 'set' as const, values: [] as string[], entered };
  const noneSummary = `${fact.label}: ${fact.noneLabel}`;
  if (isNoneAnswer(entered, vocabulary.words, [fact.noneLabel])) return { kind: 'value', value: none, summary: noneSummary };
  const options = ChoiceOptions.of(fact, vocabulary);
  const negated = negatedRemainder(entered, vocabulary.words);
  if (negated !== undefined) {
    // "has never received it" is none; "no pregnancy" rules out one of several: none of them only once confirmed.
    if (options.namedIn(negated).length === 0) return { kind: 'value', value: none, summary: noneSummary };
    return { kind: 'follow-up', pending: none, summary: noneSummary, followUp: { kind: 'none-at-all' } };
  }
  const items = options.isExactName(entered) ? [entered] : entered.split(SEPARATORS).filter((item) => item.trim() !== '');
  if (items.length === 0) return invalid(`Please name what applies — ${options.list('or')} — or say “${fact.noneLabel}”.`);
  const codes: string[] = [];
  const corrections: string[] = [];
  for (const item of items) {
    const match = options.match(item);
    if (match.kind === 'none') {
      return invalid(`I did not recognise ${quote(item)}. The options are: ${options.list('and')} — or “${fact.noneLabel}”.`);
    }
    if (match.kind === 'ambiguous') return ambiguous(`${quote(item)}: ${options.whichOf(match.codes)}`);
    if (!codes.includes(match.code)) codes.push(match.code);
    corrections.push(options.correction(item, match));
  }
  return {
    kind: 'value',
    value: { kind: 'set', values: codes, entered },
    summary: `${fact.label}: ${codes.map((c) => options.label(c)).join(', ')}${corrections.join('')}`,
  };
}
