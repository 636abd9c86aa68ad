import { daysBefore, describeDays, describeDuration, type Day } from '../dates/calendar';
import type { ChoiceFact } from '../domain/factDefinition';
import type { DayInterval } from '../domain/factValue';
import type { Vocabulary } from '../engine/compileContext';
import { namesIn } from '../text/wholeWords';
import { ChoiceOptions } from './choices';
import { findDates, type DateMention } from './datePhrase';
import { ambiguous, quote, type ParseContext, type ParseOutcome } from './outcome';

/**
 * "pred + MMF 2019–2023": a choice decided by the medicines named and for how long (`fromMedicines`). The period is a
 * range, or a start ("since 2019", to today); the part of it before the last `before` counts. Asked when the words
 * give no period, or one too loose to say which side of `over` it lies. Undefined when no medicine of the rule is named.
 */
export function readMedicinesChoice(text: string, fact: ChoiceFact, context: ParseContext): ParseOutcome | undefined {
  const rule = fact.fromMedicines;
  if (!rule) return undefined;
  const classes = classesNamed(text, context.vocabulary);
  const first = rule.first.some((c) => classes.has(c));
  const second = rule.with.some((c) => classes.has(c));
  if (!first && !second) return undefined;
  const options = ChoiceOptions.of(fact, context.vocabulary);
  const reading = findDates(text, context.today);
  const [date, ...others] = reading.mentions;
  const period = date?.kind === 'date' && others.length === 0 ? periodOf(date, reading.text, context.today) : undefined;
  if (!period) return ambiguous(`${quote(text)} does not say over which period: please give it (e.g. “2019–2023”, “since 2019”).`);
  const cutoff = daysBefore(context.today, rule.before);
  const end = Math.min(period.to, cutoff);
  if (period.from.earliest > cutoff) return ambiguous(`${quote(text)} is all within the last ${describeDuration(rule.before)}; was anything taken before?`);
  const enough = (start: number) => start <= daysBefore(end, rule.over);
  const code = !(first && second) ? rule.otherwise : enough(period.from.latest) ? rule.longer : !enough(period.from.earliest) ? rule.otherwise : undefined;
  if (!code) return ambiguous(`${quote(text)}: from ${describeDays(period.from)} it may be more or less than ${describeDuration(rule.over)}; please give the dates more precisely.`);
  return { kind: 'value', value: { kind: 'choice', value: code, entered: text }, summary: `${fact.label}: ${options.label(code)}` };
}

/** A range's first date and last day, or a start to today ("since 2019"); undefined for a date alone ("in 2020"). */
function periodOf(date: Extract<DateMention, { kind: 'date' }>, text: string, today: Day): { from: DayInterval; to: Day } | undefined {
  if (date.range && date.ends) return { from: date.ends.from, to: date.ends.to.latest };
  return /\b(?:since|from)\s*$/i.test(text.slice(0, date.index)) ? { from: date.interval, to: today } : undefined;
}

/** The drug classes of the medicines the text names, by code, label or synonym as whole words (abbreviations as written). */
function classesNamed(text: string, vocabulary: Vocabulary): Set<string> {
  const classes = new Set<string>();
  for (const drug of vocabulary.drugs.values()) {
    if (namesIn(text, [drug.code.replaceAll('_', ' '), drug.label, ...drug.synonyms])) drug.classes.forEach((c) => classes.add(c));
  }
  return classes;
}
