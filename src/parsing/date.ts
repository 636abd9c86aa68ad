import type { DateFact } from '../domain/factDefinition';
import type { ReadingWords } from '../domain/readingWords';
import { normalizeName } from '../text/normalize';
import { beforeBirth } from './birth';
import { ChoiceOptions } from './choices';
import { findDates, resolvedFromToday } from './datePhrase';
import { otherFactsNamed } from './namedFacts';
import { invalid, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer, negatedRemainder } from './wholeAnswers';

export function parseDate(entered: string, fact: DateFact, context: ParseContext): ParseOutcome {
  const never: ParseOutcome = { kind: 'value', value: { kind: 'date', value: undefined, entered }, reading: { as: 'dated' } };
  if (isNoneAnswer(entered, context.vocabulary.words, fact.noneLabel ? [fact.noneLabel] : [])) {
    if (!fact.noneLabel) return invalid({ code: 'date-needed', fact: fact.id });
    return never;
  }
  const reading = findDates(entered, context.today);
  const [mention, ...others] = reading.mentions;
  if (!mention) {
    if (fact.noneLabel && deniesTheEvent(entered, fact, context.vocabulary.words)) return never;
    return invalid({ code: 'no-date', entered, fact: fact.id });
  }
  if (others.length > 0) return invalid({ code: 'several-dates', entered, fact: fact.id });
  if (mention.kind === 'problem') return mention.problem;
  const owner = otherOwner(entered, fact, context);
  if (owner) return invalid({ code: 'other-owner', entered, fact: fact.id, ...owner });
  // A number beside the date may be part of it ("3 March, 45" for 1945): asked, not dropped.
  const stray = /\d+/.exec(`${reading.text.slice(0, mention.index)} ${reading.text.slice(mention.end)}`);
  if (stray) return invalid({ code: 'stray-number', number: stray[0], entered, fact: fact.id });
  // An event in a period happened in it; a lasting state given a period has ended there, which says nothing of since when it lasts.
  if (mention.range && fact.dateOf === 'onset') return invalid({ code: 'period-ended', text: mention.written });
  const { interval } = mention;
  const unborn = beforeBirth(mention.written, interval, context);
  if (unborn) return unborn;
  const value = { kind: 'date' as const, value: interval, entered };
  return { kind: 'value', value, reading: { as: 'dated' }, ...(resolvedFromToday(mention) ? { guesses: ['date-resolved' as const] } : {}) };
}

/**
 * "never had an operation", "no clots ever": a denial of the event itself. (A denial of one of its kinds, "no DVT",
 * is asked before the date is read: parseAnswer.) The other words it may hold are each language's `denialFillers`.
 */
function deniesTheEvent(entered: string, fact: DateFact, readingWords: ReadingWords): boolean {
  const remainder = negatedRemainder(entered, readingWords);
  if (remainder === undefined) return false;
  const fillers = new Set(readingWords.denialFillers.flatMap((w) => normalizeName(w).split(' ')));
  const words = remainder.split(' ').filter((w) => w !== '' && !fillers.has(w));
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
function otherOwner(entered: string, fact: DateFact, context: ParseContext): { facts: string[]; options?: { of: string; codes: string[] } } | undefined {
  const facts = otherFactsNamed(entered, fact, context.vocabulary);
  if (facts.length > 0) return { facts: facts.map((f) => f.id) };
  for (const name of fact.names) {
    if (typeof name === 'string' || !('wordsOf' in name)) continue;
    const owner = context.vocabulary.facts.get(name.wordsOf);
    const recorded = context.answers?.[name.wordsOf];
    if (owner?.type !== 'choice' || recorded?.kind !== 'choice') continue;
    const options = ChoiceOptions.of(owner, context.vocabulary);
    const others = options.namedIn(entered).filter((code) => code !== recorded.value);
    if (others.length > 0) return { facts: [], options: { of: owner.id, codes: others } };
  }
  return undefined;
}
