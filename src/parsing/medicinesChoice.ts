import { daysBefore, type Day } from '../dates/calendar';
import type { ChoiceFact } from '../domain/factDefinition';
import type { DayInterval } from '../domain/factValue';
import type { Vocabulary } from '../engine/compileContext';
import { AssertionMatcher } from '../assertion/assertionMatcher';
import type { AssertionStatus } from '../domain/assertionRules';
import { DrugFinder } from './drugMention';
import { findDates, type DateMention } from './datePhrase';
import { RECORDED } from '../domain/reading';
import { ambiguous, type ParseContext, type ParseOutcome } from './outcome';

/**
 * "pred + MMF 2019–2023": a choice decided by the medicines named and for how long (`fromMedicines`). The period is a
 * range, or a start ("since 2019", to today); the part of it before the last `before` counts. Asked when the words
 * give no period, or one too loose to say which side of `over` it lies. Undefined when no medicine of the rule is named.
 */
export function readMedicinesChoice(text: string, fact: ChoiceFact, context: ParseContext): ParseOutcome | undefined {
  const rule = fact.fromMedicines;
  if (!rule) return undefined;
  const classes = classesNamed(text, context.vocabulary, AssertionMatcher.of(context.vocabulary.assertion));
  const first = rule.first.some((c) => classes.has(c));
  const second = rule.with.some((c) => classes.has(c));
  if (!first && !second) return undefined;
  const reading = findDates(text, context.today);
  const [date, ...others] = reading.mentions;
  const period = date?.kind === 'date' && others.length === 0 ? periodOf(date, reading.text, context.today) : undefined;
  if (!period) return ambiguous({ code: 'period-needed', entered: text });
  const cutoff = daysBefore(context.today, rule.before);
  const end = Math.min(period.to, cutoff);
  if (period.from.earliest > cutoff) return ambiguous({ code: 'all-within', entered: text, before: rule.before });
  const enough = (start: number) => start <= daysBefore(end, rule.over);
  const code = !(first && second) ? rule.otherwise : enough(period.from.latest) ? rule.longer : !enough(period.from.earliest) ? rule.otherwise : undefined;
  if (!code) return ambiguous({ code: 'period-imprecise', entered: text, from: period.from, over: rule.over });
  return { kind: 'value', value: { kind: 'choice', value: code, entered: text }, reading: RECORDED };
}

/** A range's first date and last day, or a start to today ("since 2019"); undefined for a date alone ("in 2020"). */
function periodOf(date: Extract<DateMention, { kind: 'date' }>, text: string, today: Day): { from: DayInterval; to: Day } | undefined {
  if (date.range && date.ends) return { from: date.ends.from, to: date.ends.to.latest };
  return /\b(?:since|from)\s*$/i.test(text.slice(0, date.index)) ? { from: date.interval, to: today } : undefined;
}

/** Statuses that say a medicine named was not taken ("no pred", "MMF planned", "allergic to AZA", "?HCQ"). */
const NOT_TAKEN: readonly AssertionStatus[] = ['negated', 'negated-now', 'planned', 'allergy', 'uncertain'];

/**
 * The drug classes of the medicines the text says were taken, found as the medication reader finds them (Chinese
 * names too): one named with a denial, a plan, an allergy or a doubt in its own stretch is left out.
 */
function classesNamed(text: string, vocabulary: Vocabulary, matcher: AssertionMatcher): Set<string> {
  const found = DrugFinder.of(vocabulary.drugs).find(text);
  const classes = new Set<string>();
  if (found.kind !== 'found') return classes;
  for (const mention of found.mentions) {
    const start = Math.max(...[',', ';', '+', '，', '；'].map((s) => text.lastIndexOf(s, mention.index - 1))) + 1;
    const ends = [',', ';', '+', '，', '；'].map((s) => text.indexOf(s, mention.end)).filter((i) => i !== -1);
    const after = text.slice(mention.end, ends.length > 0 ? Math.min(...ends) : text.length).trim();
    const said = matcher.triggersIn(text.slice(start, mention.index), NOT_TAKEN).length > 0 || NOT_TAKEN.includes(matcher.statedAt(after) as AssertionStatus);
    if (!said) mention.drug.classes.forEach((c) => classes.add(c));
  }
  return classes;
}
