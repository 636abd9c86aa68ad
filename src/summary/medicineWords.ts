import type { Day } from '../dates/calendar';
import { findDates } from '../parsing/datePhrase';
import { readMedicationPhrase, type MedicationPhrase } from '../parsing/medicationPhrase';
import type { Span } from './span';

/** A list marker opening a line ("- Prednisolone 12.5 mg"): the parser would take "-" for a minus sign. */
const LIST_MARKER = /^[\s]*[-–•*·]+\s*/;
/** "pred 10 mg qd, MMF 0.75 g bid, HCQ 0.2 bid — all since Mar": a start said of every medicine before it. */
const ALL_SINCE = /\b(?:all|both)\s+((?:since|from|started)\s+[^.;,)\n]+)/i;
/** Where a sentence ends after a position. */
const SENTENCE_END = /[.!?](?:\s|$)|\n/;
/** "since then": the date said last before, in the same or the previous sentence ("DVT 6 months ago, on rivaroxaban since then"). */
const SINCE_THEN = /\bsince\s+then\b/i;

/**
 * The words about one medicine as the medication parser should see them. The summary's own notations are
 * taken out or resolved, never reworded: a list marker, a bracket that says nothing about the medicine
 * ("(INR target 3)"), words before the name that belong to a lab value ("CRP 12 on prednisolone") but not a
 * date ("2023-07 to 2024-02 tripterygium"); "all since Mar" after a list is said of each medicine in it; and
 * "since then" becomes the date it points to.
 */
export function medicineWords(text: string, segment: Span, name: Span, before: Span, today: Day): string {
  let start = segment.index;
  const lead = text.slice(segment.index, name.index);
  const lastNumber = [...lead.matchAll(/\d[\d.,]*/g)].at(-1);
  const dated = findDates(lead, today).mentions.find((d) => lastNumber && d.index <= lastNumber.index && lastNumber.index < d.end);
  if (lastNumber && !dated) start = segment.index + lastNumber.index + lastNumber[0].length;
  let words = text.slice(start, segment.end).trimEnd().replace(/[\s,;(+]+$/, '').replace(LIST_MARKER, '');
  words = words.replace(/\([^()]*\)?/g, (bracket) => (saysNothing(readMedicationPhrase(bracket, today)) ? spaces(bracket) : bracket));
  const sentenceRest = text.slice(segment.end).split(SENTENCE_END)[0] ?? '';
  const allSince = ALL_SINCE.exec(sentenceRest);
  if (allSince) words = `${words} ${allSince[1]!.trim()}`;
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
