import type { DateFact } from '../domain/factDefinition';
import { describeDays } from '../dates/calendar';
import { beforeBirth } from './birth';
import { findDates, resolvedFromToday } from './datePhrase';
import { invalid, quote, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer } from './wholeAnswers';

const DATE_FORMS = 'a date (“15 March 2026”, “March 2026”, “2019”) or a time ago (“6 weeks ago”)';

export function parseDate(entered: string, fact: DateFact, context: ParseContext): ParseOutcome {
  if (isNoneAnswer(entered, context.vocabulary.words, fact.noneLabel ? [fact.noneLabel] : [])) {
    if (!fact.noneLabel) return invalid(`${fact.label} needs a date: ${DATE_FORMS}.`);
    return { kind: 'value', value: { kind: 'date', value: undefined, entered }, summary: `${fact.label}: ${fact.noneLabel}` };
  }
  const reading = findDates(entered, context.today);
  const [mention, ...others] = reading.mentions;
  if (!mention) return invalid(`I could not read a date in ${quote(entered)}. Please give ${DATE_FORMS}${fact.noneLabel ? `, or “${fact.noneLabel}”` : ''}.`);
  if (others.length > 0) return invalid(`I found more than one date in ${quote(entered)}; please give one date for ${fact.label}.`);
  if (mention.kind === 'problem') return mention.problem;
  // A number beside the date may be part of it ("3 March, 45" for 1945): asked, not dropped.
  const stray = /\d+/.exec(`${reading.text.slice(0, mention.index)} ${reading.text.slice(mention.end)}`);
  if (stray) return invalid(`I could not tell what ${quote(stray[0])} is in ${quote(entered)}; please give one date for ${fact.label}: ${DATE_FORMS}.`);
  const { interval } = mention;
  const unborn = beforeBirth(mention.text, interval, context);
  if (unborn) return unborn;
  const precision = interval.earliest === interval.latest ? '' : ' (any day in that period)';
  const value = { kind: 'date' as const, value: interval, entered };
  return { kind: 'value', value, summary: `${fact.label}: ${describeDays(interval)}${precision}`, ...(resolvedFromToday(mention) ? { guesses: ['date-resolved' as const] } : {}) };
}
