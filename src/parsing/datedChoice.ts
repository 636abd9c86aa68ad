import { daysBefore, describeDays } from '../dates/calendar';
import type { ChoiceFact } from '../domain/factDefinition';
import { normalizeName } from '../text/normalize';
import { namesIn } from '../text/wholeWords';
import { ChoiceOptions } from './choices';
import { findDates } from './datePhrase';
import { ambiguous, quote, type ParseContext, type ParseOutcome } from './outcome';

/**
 * A choice said by when what it is about happened ("breast ca 2015, in remission" for a malignancy): the option on
 * the side of the limit every date said lies on, once the words say it is over; asked when they do not, when dates
 * lie on both sides ("2017 … no recurrence on PET 2023"), or across the limit. Undefined when the words name an
 * option ("active"), give no date, or name none of the fact's names (nothing of this kind is said). `datesIn`: the
 * words the dates are read from, when only some of `text` is about the thing ("tamoxifen 5 yrs" is a medicine's).
 */
export function readDatedChoice(text: string, fact: ChoiceFact, context: ParseContext, datesIn = text): ParseOutcome | undefined {
  const dated = fact.dated;
  if (!dated || !namesFact(text, fact)) return undefined;
  const dates = findDates(datesIn, context.today).mentions;
  if (dates.length === 0) return undefined;
  const options = ChoiceOptions.of(fact, context.vocabulary);
  // Another option named ("on active surveillance") decides instead; "no" ("no recurrence") names none.
  const named = options.namedIn(text).filter((code) => code !== dated.recent && code !== dated.earlier && code !== options.noneOption());
  const intervals = dates.flatMap((d) => (d.kind === 'date' ? [d.interval] : []));
  if (named.length > 0 || intervals.length < dates.length) return undefined;
  const limit = daysBefore(context.today, dated.within);
  const words = ` ${normalizeName(text)} `;
  if (!dated.over.some((w) => words.includes(` ${normalizeName(w)} `))) {
    const ifOver = intervals.every((d) => d.latest <= limit) ? dated.earlier : dated.recent;
    return ambiguous(`${quote(text)} gives when, but not whether it is over: is it ${options.label(ifOver).toLowerCase()}, or still active?`);
  }
  const recent = intervals.filter((d) => d.earliest > limit);
  const earlier = intervals.filter((d) => d.latest <= limit);
  const latest = intervals.reduce((a, b) => (b.latest > a.latest ? b : a));
  if (recent.length !== intervals.length && earlier.length !== intervals.length) {
    return ambiguous(`${quote(text)} gives dates on both sides of ${describeDays({ earliest: limit, latest: limit })}, or one across it: is it ${options.label(dated.recent).toLowerCase()}, or ${options.label(dated.earlier).toLowerCase()}?`);
  }
  const code = recent.length > 0 ? dated.recent : dated.earlier;
  return { kind: 'value', value: { kind: 'choice', value: code, entered: text }, summary: `${fact.label}: ${options.label(code)} (${describeDays(latest)})` };
}

/** Whether the text uses one of the fact's names, whole or part ("breast ca", "BCC"), as whole words. */
function namesFact(text: string, fact: ChoiceFact): boolean {
  return namesIn(text, fact.names.flatMap((n) => (typeof n === 'string' ? [n] : 'part' in n ? [n.part] : [])));
}
