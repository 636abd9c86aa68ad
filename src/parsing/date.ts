import type { DateFact } from '../domain/factDefinition';
import { beforeBirth } from './birth';
import { findDates, resolvedFromToday } from './datePhrase';
import { invalid, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer } from './wholeAnswers';

export function parseDate(entered: string, fact: DateFact, context: ParseContext): ParseOutcome {
  if (isNoneAnswer(entered, fact.noneLabel ? [fact.noneLabel] : [])) {
    if (!fact.noneLabel) return invalid({ code: 'date-needed', fact: fact.id });
    return { kind: 'value', value: { kind: 'date', value: undefined, entered }, reading: { as: 'dated' } };
  }
  const reading = findDates(entered, context.today);
  const [mention, ...others] = reading.mentions;
  if (!mention) return invalid({ code: 'no-date', entered, fact: fact.id });
  if (others.length > 0) return invalid({ code: 'several-dates', entered, fact: fact.id });
  if (mention.kind === 'problem') return mention.problem;
  // A number beside the date may be part of it ("3 March, 45" for 1945): asked, not dropped.
  const stray = /\d+/.exec(`${reading.text.slice(0, mention.index)} ${reading.text.slice(mention.end)}`);
  if (stray) return invalid({ code: 'stray-number', number: stray[0], entered, fact: fact.id });
  const { interval } = mention;
  const unborn = beforeBirth(mention.text, interval, context);
  if (unborn) return unborn;
  const value = { kind: 'date' as const, value: interval, entered };
  return { kind: 'value', value, reading: { as: 'dated' }, ...(resolvedFromToday(mention) ? { guesses: ['date-resolved' as const] } : {}) };
}
