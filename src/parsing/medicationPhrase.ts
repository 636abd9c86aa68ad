import type { Day } from '../dates/calendar';
import type { MedicationUse } from '../domain/factValue';
import { wordSpans } from '../text/normalize';
import { DURATION, findDates, type DateReading } from './datePhrase';
import { findDoses, findFrequency, type DosePhrase, type FrequencyPhrase, type Span } from './doseText';

type Route = NonNullable<MedicationUse['route']>;
export type DateRole = 'started' | 'doseSince' | 'stopped';

const ROUTES: readonly { route: Route; pattern: RegExp }[] = [
  { route: 'intravenous', pattern: /\b(?:iv|i\.v\.?|intravenous(?:ly)?)(?!\p{L})/giu },
  { route: 'oral', pattern: /\b(?:oral(?:ly)?|po|p\.o\.?|by mouth|per os)(?!\p{L})/giu },
  { route: 'subcutaneous', pattern: /\b(?:sc|s\.c\.?|sq|s\/c|subcut(?:aneous(?:ly)?)?)(?!\p{L})/giu },
  { route: 'topical', pattern: /\b(?:topical(?:ly)?|cream|ointment)(?!\p{L})/giu },
  { route: 'other', pattern: /\b(?:im|i\.m\.?|intramuscular(?:ly)?|inhaled|intra-?articular|intrathecal)(?!\p{L})/giu },
];

/**
 * The words before a date that say what the date is. The last such word before it decides ("tapered, stopped
 * 5 months ago" is a stop), unless it is a bare "since"/"from", which only says a period began ("dose unchanged
 * since March", "stopped since June").
 */
const ROLE_WORDS: readonly { role: DateRole; pattern: RegExp }[] = [
  {
    role: 'stopped',
    pattern: /\b(?:stopped|stop|discontinued|ceased|withdrawn|off|completed|finished|ended|until|last\s+(?:dose|given|taken|infusion|course|cycle|injection))\b/gi,
  },
  { role: 'doseSince', pattern: /\b(?:stable|unchanged|same\s+dose|changed|increased|reduced|decreased|tapered)\b/gi },
  { role: 'started', pattern: /\b(?:since|from|started|start|starting|began|begun|initiated|commenced)\b/gi },
];
const WEAK_ROLE = /^(?:since|from)$/i;
/**
 * Plans, possibilities, refusals and allergies: the words do not say plainly what is taken ("may stop soon",
 * "will taper", "declined", "allergic"), so neither a stop nor a use is read from them. A modal only before a
 * word, so that the month ("since May 2026", "May,") is not one.
 */
const NOT_PLAIN = /\b(?:plan(?:s|ned|ning)?|will|consider(?:ing)?|to\s+(?:start|begin|stop)|awaiting|pending|declined|refused|allerg(?:y|ies|ic)|if|(?:may|might|could|would|should)\s+(?:be\s+)?\p{L})/iu;
/** A medicine no longer taken, with or without a date. */
const PAST_USE = /\b(?:previously|previous|prior|past|formerly|former|no\s+longer)\b/gi;
/** Words that carry nothing to record ("currently taking"), so they are not reported as ignored. */
const FILLERS = new Set(
  'and plus with on at in of the a an is was has had been be currently current ongoing still continuing continues taking takes taken take dose doses dosing then also tablet tablets tab tabs now patient pt per for ago daily less more than least most up to over under above below max maximum min minimum'.split(' '),
);

export interface MedicationPhrase {
  doses: DosePhrase[];
  frequency?: FrequencyPhrase;
  routes: Route[];
  /** A stop word or past-use word is present: the medicine is not taken now. */
  past: boolean;
  /** Words of a plan, a possibility, a refusal or an allergy: what is taken is not said plainly. */
  notPlain: boolean;
  /** "for 3 months": the length of use, which says when it started only for a medicine still taken. */
  lasting: boolean;
  dates: DateReading;
  /** The role of each date mention, by the role words between it and the previous date (undefined: none). */
  roles: (DateRole | undefined)[];
  /** Words not understood, digits included: they are reported, never dropped silently. */
  unread: string[];
}

/** Reads dose, frequency, route, status and dated events around a drug name (already blanked out). */
export function readMedicationPhrase(text: string, today: Day): MedicationPhrase {
  const doses = findDoses(text);
  let rest = blank(text, doses);
  const frequency = doses.some((d) => d.frequency) ? undefined : findFrequency(rest);
  if (frequency) rest = blank(rest, [frequency]);
  const routes = ROUTES.filter((r) => matches(rest, r.pattern).length > 0).map((r) => r.route);
  rest = ROUTES.reduce((t, r) => blank(t, matches(t, r.pattern)), rest);
  const lasting = [...rest.matchAll(DURATION)].some((m) => m[1]?.toLowerCase() === 'for');
  const dates = findDates(rest, today);
  // Outside the dates, so that "for the past 3 months" is not a past use.
  const undated = blank(dates.text, dates.mentions);
  const past = [ROLE_WORDS[0]!.pattern, PAST_USE].some((pattern) => matches(undated, pattern).length > 0);
  const roles = dates.mentions.map((mention, i) => {
    const gap = dates.text.slice(dates.mentions[i - 1]?.end ?? 0, mention.index);
    const found = ROLE_WORDS.flatMap(({ role, pattern }) => matches(gap, pattern).map((m) => ({ role, index: m.index, weak: WEAK_ROLE.test(gap.slice(m.index, m.end)) })));
    const nearestFirst = found.sort((a, b) => b.index - a.index);
    return (nearestFirst.find((f) => !f.weak) ?? nearestFirst[0])?.role;
  });
  const keywords = [...ROLE_WORDS.map((r) => r.pattern), PAST_USE];
  const remaining = keywords.reduce((t, pattern) => blank(t, matches(t, pattern)), undated);
  const unread = wordSpans(remaining)
    .map((w) => w.word)
    .filter((w) => !FILLERS.has(w));
  return { doses, frequency, routes, past, notPlain: NOT_PLAIN.test(text), lasting, dates, roles, unread };
}

function matches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

/** Replaces spans with spaces, keeping every other position where it was. */
export function blank(text: string, spans: readonly Span[]): string {
  return spans.reduce((t, s) => t.slice(0, s.index) + ' '.repeat(s.end - s.index) + t.slice(s.end), text);
}
