import { daysBefore, type Day } from '../dates/calendar';
import type { MedicationFact } from '../domain/factDefinition';
import type { AssertionMatcher } from '../assertion/assertionMatcher';
import { findDates } from './datePhrase';

/** "in the last year", "over the past 12 months": the period a denial covers. */
const PERIOD = /\b(?:last|past)\s+(?:(\d+|twelve)\s+)?(years?|months?)\b/i;
/** A denial narrowed to some doses or routes: "never received steroids >10 mg", "no high-dose steroids", "no oral steroids". */
const DOSE_BOUND = /[<>≥≤]\s*\d|\d\s*(?:mg|g|µg|mcg|ug)\b|\b(?:above|more\s+than|less\s+than|under|below|high[\s-]dose|low[\s-]dose|pulses?|iv|intravenous|oral|im|intramuscular)\b/i;
/** A denial narrowed to a time: "none this year", "none in the last 3 months", "not recently", "none since June". */
const WINDOW = /\b(?:this|that)\s+(?:year|month|week)\b|\b(?:recent(?:ly)?|lately|currently|now)\b|\b(?:last|past|previous)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?)\b|\bsince\b/i;

/** Whether the words deny over a period that covers the question's ("not on steroids in the last year" against 12 months). */
export function reachesLookback(words: string, fact: MedicationFact): boolean {
  const said = PERIOD.exec(words);
  const lookback = /^P(\d+)([YM])$/.exec(fact.lookback);
  if (!said || !lookback) return false;
  const count = said[1] === undefined ? 1 : said[1].toLowerCase() === 'twelve' ? 12 : Number(said[1]);
  const months = (n: number, unit: string) => (unit.toUpperCase().startsWith('Y') ? 12 * n : n);
  return months(count, said[2]!) >= months(Number(lookback[1]), lookback[2]!);
}

/**
 * Whether a denial of a class ("no steroids") covers all of the question: no dose named ("steroids >10 mg" leaves
 * lower doses open) and no window shorter than the question's period ("this year", "in the last 3 months"); "since"
 * a date before that period covers it, and so does a bare "since". A date or a duration of its own ("for 3 months", "in
 * 2026", "近1个月") narrows it, and an exception ("except …", "除了…") is a use. A denial short of that is one of part
 * of the question, so it is asked.
 */
export function deniesWholePeriod(words: string, fact: MedicationFact, today: Day, matcher: AssertionMatcher): boolean {
  // "no steroids except a short course in May", "除了2026年5月": an exception is a use.
  if (DOSE_BOUND.test(words) || matcher.ends(words)) return false;
  if (reachesLookback(words, fact)) return true;
  const dates = findDates(words, today).mentions;
  if (!/\bsince\b/i.test(words)) return dates.length === 0 && !WINDOW.test(words);
  // "since" with no date is since what was said before ("tapered off by June 2024; no steroids since"): the
  // medicine stopped then is read in its own words, and nothing else was taken after it.
  const since = dates.find((d) => d.kind === 'date');
  if (since === undefined) return true;
  return since.kind === 'date' && since.interval.latest <= daysBefore(today, fact.lookback);
}
