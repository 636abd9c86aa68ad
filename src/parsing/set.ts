import type { SetFact } from '../domain/factDefinition';
import { normalizeName } from '../text/normalize';
import { ChoiceOptions } from './choices';
import { findDates } from './datePhrase';
import { ambiguous, invalid, quote, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer, negatedRemainder } from './wholeAnswers';

/** Between the items of a list: "RA and Sjögren's", "diabetes, heart failure". Not "/" nor "or": names use them ("DM/PM"). */
const SEPARATORS = /\s*(?:[,;+&]|\band\b|\bplus\b|\bas well as\b)\s*/i;

export function parseSet(entered: string, fact: SetFact, context: ParseContext): ParseOutcome {
  const none = { kind: 'set' as const, values: [] as string[], entered };
  const noneSummary = `${fact.label}: ${fact.noneLabel}`;
  if (isNoneAnswer(entered, [fact.noneLabel, ...fact.noneWords])) return { kind: 'value', value: none, summary: noneSummary };
  const options = ChoiceOptions.of(fact, context.vocabulary);
  const negated = negatedRemainder(entered);
  if (negated !== undefined) {
    // "has never received it" is none; "no pregnancy" rules out one of several: none of them only once confirmed.
    if (options.namedIn(negated).length === 0) return { kind: 'value', value: none, summary: noneSummary };
    return { kind: 'follow-up', pending: none, summary: noneSummary, followUp: { kind: 'none-at-all' } };
  }
  const items = options.isExactName(entered) ? [entered] : entered.split(SEPARATORS).filter((item) => item.trim() !== '');
  if (items.length === 0) return invalid(`Please name what applies — ${options.list('or')} — or say “${fact.noneLabel}”.`);
  if (fact.optionsNeedName.length > 0) return qualifiedOptions(items, entered, fact, options);
  const codes: string[] = [];
  const corrections: string[] = [];
  for (const said of items) {
    // "steroid psychosis 2020": when it happened is no part of the option's name.
    const item = withoutDates(said, context);
    // An option named in a longer item ("took it in a trial") is that option, when it is the only one named.
    const named = options.namedIn(item);
    const whole = options.match(item);
    const match = whole.kind === 'none' && named.length === 1 ? { kind: 'match' as const, code: named[0]!, score: 1 } : whole;
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

function withoutDates(item: string, context: ParseContext): string {
  const reading = findDates(item, context.today);
  const rest = reading.mentions.reduceRight((t, d) => t.slice(0, d.index) + t.slice(d.end), reading.text).trim();
  return rest === '' ? item : rest;
}

/**
 * Options some of which count only with one of the fact's names ("uncontrolled"): an item naming one with such a
 * name ("DM poorly controlled", "BP all over the place") is present, one with a word saying it is not ("BP fine") is
 * left out, and one with neither ("T2DM") is asked. Others count as named ("CHF").
 */
function qualifiedOptions(items: readonly string[], entered: string, fact: SetFact, options: ChoiceOptions): ParseOutcome {
  const has = (item: string, phrases: readonly string[]) => phrases.some((p) => ` ${normalizeName(item)} `.includes(` ${normalizeName(p)} `));
  const names = fact.names.filter((n): n is string => typeof n === 'string');
  const without = (item: string) => [...names, ...fact.notWords].reduce((t, w) => t.replace(new RegExp(`\\b${w}\\b`, 'gi'), ' '), item).replace(/\([^)]*\)|\d+/g, ' ').trim();
  const said: { item: string; codes: string[] }[] = [];
  for (const item of items) {
    const named = options.namedIn(item);
    const match = named.length > 0 ? undefined : options.match(without(item));
    if (match?.kind === 'ambiguous') return ambiguous(`${quote(item)}: ${options.whichOf(match.codes)}`);
    const codes = named.length > 0 ? named : match?.kind === 'match' ? [match.code] : [];
    if (codes.length === 0) return invalid(`I did not recognise ${quote(item)}. The options are: ${options.list('and')} — or “${fact.noneLabel}”.`);
    said.push({ item, codes });
  }
  const present: string[] = [];
  for (const { item, codes } of said) {
    // A card's button sends the option's code ("diabetes"), which is the option itself.
    const needing = codes.filter((c) => fact.optionsNeedName.includes(c) && item.trim() !== c);
    if (needing.length > 0 && !has(item, names)) {
      if (has(item, fact.notWords)) continue;
      return ambiguous(`${quote(item)} does not say whether it is ${names[0]}; please say so (e.g. “${names[0]} ${item}”), or “${fact.noneLabel}”.`);
    }
    present.push(...codes.filter((c) => !present.includes(c)));
  }
  const value = { kind: 'set' as const, values: present, entered };
  return { kind: 'value', value, summary: `${fact.label}: ${present.length === 0 ? fact.noneLabel : present.map((c) => options.label(c)).join(', ')}` };
}
