import type { DateFact } from '../domain/factDefinition';
import { describeDays } from '../dates/calendar';
import { normalizeName } from '../text/normalize';
import { beforeBirth } from './birth';
import { ChoiceOptions } from './choices';
import { findDates, resolvedFromToday } from './datePhrase';
import { otherFactsNamed } from './namedFacts';
import { invalid, listOf, quote, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer, negatedRemainder } from './wholeAnswers';

const DATE_FORMS = 'a date (“15 March 2026”, “March 2026”, “2019”) or a time ago (“6 weeks ago”)';

export function parseDate(entered: string, fact: DateFact, context: ParseContext): ParseOutcome {
  const never = { kind: 'value' as const, value: { kind: 'date' as const, value: undefined, entered }, summary: `${fact.label}: ${fact.noneLabel}` };
  if (isNoneAnswer(entered, fact.noneLabel ? [fact.noneLabel] : [])) {
    if (!fact.noneLabel) return invalid(`${fact.label} needs a date: ${DATE_FORMS}.`);
    return never;
  }
  const reading = findDates(entered, context.today);
  const [mention, ...others] = reading.mentions;
  if (!mention) {
    if (fact.noneLabel && deniesTheEvent(entered, fact)) return never;
    return invalid(`I could not read a date in ${quote(entered)}. Please give ${DATE_FORMS}${fact.noneLabel ? `, or “${fact.noneLabel}”` : ''}.`);
  }
  if (others.length > 0) return invalid(`I found more than one date in ${quote(entered)}; please give one date for ${fact.label}.`);
  if (mention.kind === 'problem') return mention.problem;
  const owner = otherOwner(entered, fact, context);
  if (owner) return invalid(`${quote(entered)} names ${owner}, so the date may be of that. Please give the date for “${fact.label}” alone, or “unknown”.`);
  // A number beside the date may be part of it ("3 March, 45" for 1945): asked, not dropped.
  const stray = /\d+/.exec(`${reading.text.slice(0, mention.index)} ${reading.text.slice(mention.end)}`);
  if (stray) return invalid(`I could not tell what ${quote(stray[0])} is in ${quote(entered)}; please give one date for ${fact.label}: ${DATE_FORMS}.`);
  // An event in a period happened in it; a lasting state given a period has ended there, which says nothing of since when it lasts.
  if (mention.range && fact.dateOf === 'onset') {
    return invalid(`${quote(mention.text)} is a period that has ended, not since when: please give the date it began, or say that it is over.`);
  }
  const { interval } = mention;
  const unborn = beforeBirth(mention.text, interval, context);
  if (unborn) return unborn;
  const precision = interval.earliest === interval.latest ? '' : ' (any day in that period)';
  const value = { kind: 'date' as const, value: interval, entered };
  return { kind: 'value', value, summary: `${fact.label}: ${describeDays(interval)}${precision}`, ...(resolvedFromToday(mention) ? { guesses: ['date-resolved' as const] } : {}) };
}

/** Words a denial of an event may carry besides its name: "never had an operation", "no clots ever". */
const DENIAL_WORDS = new Set(['ever', 'had', 'has', 'have', 'any', 'a', 'an', 'the', 'history', 'hx', 'of', 'previous', 'prior', 'known', 'before', 'in', 'her', 'his', 'their', 'life']);

/**
 * "never had an operation", "no clots ever": a denial of the event itself. (A denial of one of its kinds, "no DVT",
 * is asked before the date is read: parseAnswer.)
 */
function deniesTheEvent(entered: string, fact: DateFact): boolean {
  const remainder = negatedRemainder(entered);
  if (remainder === undefined) return false;
  const words = remainder.split(' ').filter((w) => w !== '' && !DENIAL_WORDS.has(w));
  if (words.length === 0) return true;
  const said = words.join(' ');
  const wholes = fact.names.filter((n): n is string => typeof n === 'string').map(normalizeName);
  return wholes.some((name) => said === name || said === `${name}s` || said === `${name}es`);
}

/**
 * What else the answer dates, when it names something other than the fact: another fact ("PE diagnosed last month"
 * for the date of the diagnosis), or a condition other than the one recorded for the fact whose words name this
 * one (`wordsOf`: "APS since 2019" is no date of a main diagnosis of lupus).
 */
function otherOwner(entered: string, fact: DateFact, context: ParseContext): string | undefined {
  const facts = otherFactsNamed(entered, fact, context.vocabulary);
  if (facts.length > 0) return listOf(facts.map((f) => `“${f.label}”`), 'and');
  for (const name of fact.names) {
    if (typeof name === 'string' || !('wordsOf' in name)) continue;
    const owner = context.vocabulary.facts.get(name.wordsOf);
    const recorded = context.answers?.[name.wordsOf];
    if (owner?.type !== 'choice' || recorded?.kind !== 'choice') continue;
    const options = ChoiceOptions.of(owner, context.vocabulary);
    const others = options.namedIn(entered).filter((code) => code !== recorded.value);
    if (others.length > 0) return listOf(others.map((code) => `“${options.label(code)}”`), 'and');
  }
  return undefined;
}
