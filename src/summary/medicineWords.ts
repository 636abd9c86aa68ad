import type { Day } from '../dates/calendar';
import { findDates } from '../parsing/datePhrase';
import { readMedicationPhrase, type MedicationPhrase } from '../parsing/medicationPhrase';
import type { Span } from './span';

/** A list marker opening a line ("- Prednisolone 12.5 mg"): the parser would take "-" for a minus sign. */
const LIST_MARKER = /^[\s]*[-–•*·]+\s*/;
/** "x2", "x 6": how many doses or courses, which no medication fact records and the parser cannot read. */
const DOSE_COUNT = /\bx\s?\d+\b(?!\s*(?:days?|d|weeks?|wks?|w|months?|mo))/gi;
/** "x4 days": the length of a course, which no medication fact records; with no stop word the course may be over or not. */
export const COURSE_LENGTH = /\bx\s?\d+\s*(?:days?|d|weeks?|wks?|w|months?|mo)\b/gi;
/** "Now on eltrombopag": chrono would read "now" as a date; it only says the medicine is taken, as "on" does. */
const NOW = /\bnow\b/gi;
/** "since then": the date said last before, in the same or the previous sentence ("DVT 6 months ago, on rivaroxaban since then"). */
const SINCE_THEN = /\bsince\s+then\b/i;

/**
 * The words about one medicine as the medication parser should see them. The summary's own notations are
 * taken out or resolved, never reworded: a list marker, a bracket that says nothing about the medicine
 * ("(INR target 3)"), a count of doses ("RTX x2"), words before the name that belong to a lab value
 * ("CRP 12 on prednisolone"), a course's length ("x4 days"), "now"; and "since then" becomes the date it points to.
 */
export function medicineWords(text: string, segment: Span, name: Span, before: Span, today: Day): string {
  let start = segment.index;
  const lead = text.slice(segment.index, name.index);
  const lastNumber = [...lead.matchAll(/\d[\d.,]*/g)].at(-1);
  if (lastNumber) start = segment.index + lastNumber.index + lastNumber[0].length;
  let words = text.slice(start, segment.end).trimEnd().replace(/[\s,;(+]+$/, '').replace(LIST_MARKER, '');
  words = words.replace(/\([^()]*\)?/g, (bracket) => (saysNothing(readMedicationPhrase(bracket, today)) ? spaces(bracket) : bracket));
  words = words.replace(DOSE_COUNT, spaces).replace(COURSE_LENGTH, spaces).replace(NOW, spaces);
  if (SINCE_THEN.test(words)) {
    const earlier = findDates(text.slice(before.index, segment.index), today).mentions.filter((d) => d.kind === 'date').at(-1);
    if (earlier) words = words.replace(SINCE_THEN, `since ${earlier.text}`);
  }
  return words.replace(/\s+/g, ' ').trim();
}

function spaces(text: string): string {
  return ' '.repeat(text.length);
}

/** Nothing about taking a medicine: no dose, frequency, route, date or stop. */
export function saysNothing(phrase: MedicationPhrase): boolean {
  return phrase.steps.length === 0 && !phrase.frequency && phrase.routes.length === 0 && !phrase.past && phrase.dates.mentions.length === 0;
}
