import type { Day } from '../dates/calendar';
import type { MedicationUse } from '../domain/factValue';
import { normalizeName } from '../text/normalize';
import { TracedText } from '../text/tracedText';
import { tracedMedicationWords } from './chineseMedicationWords';
import { findCourse, type Course } from './courseText';
import { DURATION, findDates, isMonthName, type DateMention, type DateReading } from './datePhrase';
import { doseSteps, markerSpans, type DoseMention, type DoseStep } from './doseSteps';
import { findDoses, findFrequencies, type DoseUnit, type Frequency, type FrequencyPhrase, type Span } from './doseText';
import { findNumbers } from './numberText';
import { hasNegativeNumber } from './signs';

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
 * since March", "stopped since June"). "until" ends a dose, which is a stop unless a later dose follows.
 */
const ROLE_WORDS: readonly { role: DateRole; pattern: RegExp }[] = [
  {
    role: 'stopped',
    pattern:
      /\b(?:stopped|stop|discontinued|ceased|withdrawn|held|off|completed|finished|done|ended|until|till|(?:switched|changed|converted)\s+from|last\s+(?:dose|given|taken|infusion|course|cycle|injection|pulse|time))\b/gi,
  },
  { role: 'doseSince', pattern: /\b(?:stable|unchanged|same\s+dose|changed|increased|reduced|decreased|tapered)\b/gi },
  { role: 'started', pattern: /\b(?:since|from|started|start|starting|began|begun|initiated|commenced|added|restarted|resumed|introduced)\b/gi },
];
const WEAK_ROLE = /^(?:since|from)$/i;
/** "changed to prednisone": the medicine switched to, started when the one before it stopped. */
export const SWITCHED_TO = /\b(?:changed|switched|converted|moved)\s+(?:over\s+)?to\s*$/i;
const CHANGED = /\b(?:var(?:ies|ied|ying)|adjusted|reduced|increased|decreased|tapered|tapering|changed|titrated|weaned)\b/i;
const UNTIL = /^(?:until|till)$/i;
/** "RTX 1 g x2, last Feb": "last" just before a date is the last dose. */
const LAST = /\blast(?:\s+in)?\s*$/i;
/** "last", "last dose", "last infusion" just before a date. */
const LAST_WORDS = /\blast(?:\s+(?:dose|given|taken|infusion|course|cycle|injection|pulse|time))?(?:\s+in)?\s*$/i;
/**
 * Possibilities and plans without a dose to aim at: the words do not say plainly what is taken ("may stop soon",
 * "will taper", "if"). A modal only before a word, so that the month ("since May 2026", "May,") is not one.
 */
const NOT_PLAIN = /\b(?:plan(?:s|ned|ning)?|will|consider(?:ed|ing)?|to\s+(?:stop|be\s+considered)|if|(?:may|might|could|would|should)\s+(?:be\s+)?\p{L})/iu;
/**
 * A medicine named only to say it is not taken: planned, refused, an allergy or intolerance, not yet started
 * ("plan to start MMF next week", "belimumab — insurer declined", "Allergies: azathioprine").
 */
const NOT_TAKEN =
  /\b(?:plan(?:s|ned)?\s*(?::|to\s+(?:start|begin|add|give|commence|initiate|restart))|to\s+(?:start|begin|commence|be\s+started|be\s+given)|awaiting|pending|declined|refused|avoided|insurer|insurance|not\s+funded|allerg(?:y|ies|ic)|intoleran(?:t|ce)\s+(?:of|to)|intolerant|not\s+yet\s+(?:started|given|begun|taken)|never\s+(?:started|given|taken|received)|next\s+(?:visit|week|month|review)|tomorrow|after\s+(?:your|the)\s+review)(?!\p{L})/iu;
/** A medicine no longer taken, with or without a date. */
const PAST_USE = /\b(?:previously|previous|prior|past|formerly|former|no\s+longer)\b/gi;
/** Taken when needed: no regular daily dose. */
const AS_NEEDED = /\b(?:prn|p\.r\.n\.?|as\s+(?:needed|required)|when\s+(?:needed|required|pain)|on\s+demand)(?!\p{L})/giu;
/**
 * A lab value or target beside the medicine, never a dose: "INR 2-3", "target INR 2.5–3.5", "(level 6.8)",
 * "anti-Xa target 0.3–0.7", "trough 5.1".
 */
const TARGETS =
  /\b(?:(?:target|goal|aim)\s+)?(?:INR|anti-?Xa|trough(?:\s+levels?)?|(?:drug\s+)?levels?|C0)\s*(?:(?:target|goal|range)\s*)?(?:of|is|was|[:=~])?\s*(?:[<>≤≥]=?\s*)?\d+(?:[.,]\d+)?(?:\s*(?:[-–]|to)\s*\d+(?:[.,]\d+)?)?(?:\s*(?:ng\/m[lL]|µg\/L|ug\/L|IU\/m[lL]))?|\b(?:target|goal)\s*[:=]?\s*(?:[<>≤≥]=?\s*)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?(?!\s*(?:mg|g|mcg|µg|ug|IU|U|units?)\b)/gi;
/** A blood pressure beside an antihypertensive ("BP 150/95"): never a dose. */
const BLOOD_PRESSURE = /\bBP\s*[:=]?\s*\d{2,3}\s*\/\s*\d{2,3}(?:\s*mm\s*Hg)?/gi;
/** The patient's weight beside a per-kg dose ("wt 70 kg"): never a dose. */
const WEIGHT = /\b(?:(?:wt|weight|body\s+weight|bw)\s*[:=]?\s*)?\d+(?:[.,]\d+)?\s*kgs?\b/gi;
/** Words that carry nothing to record ("currently taking"), so they are not reported as ignored. */
const FILLERS = new Set(
  'and plus with on at in of the a an is was has had been be currently current ongoing still continuing continues continued taking takes taken take dose doses dosing to also tablet tablets tab tabs patient pt per for ago daily less more than least most over under above below max maximum min minimum by same'.split(
    ' ',
  ),
);

/**
 * A number written without a unit stands where a dose does: first after the medicine's name ("pred 15"), or
 * after a word that brings in a dose ("was 15", "→ 10", "before 16", "tapering to 10", "sorry, 750").
 */
const DOSE_POSITION = /(?:→|->|=>|[↓↑=(,;:]|—|–|\b(?:to|from|was|were|before|now|currently|sorry|mean|at|then|up|down|on|is|dose|back|initially|previously|prior|plus|and))\s*$/i;
/** After a number, what makes it part of a date, a time or a ratio rather than a dose ("3/52", "8–10 Sep", "5%"). */
const NOT_A_DOSE_AFTER = /^\s*(?:[/.:–—-]\s*\d|%)/;
/**
 * The words a dose without a unit may be followed by: those of a timeline ("15 since May", "20 tapering to
 * 10", "750 — sorry"); any other word ("6.2 ng/ml", "5 years", "12 Sep") makes the number something else.
 */
const AFTER_A_DOSE = new Set(
  'since from until till to now then and or was were before after in on for at with stopped started tapering tapered reduced increased decreased currently continues continued continuing ongoing only stable unchanged same per plus but sorry x'.split(
    ' ',
  ),
);
const YEAR = /^(?:19|20)\d\d$/;

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/**
 * Notations the date reader does not read as notes mean them: "since 3/52" (weeks), "3/7 ago" (days); a month
 * alone in brackets or after "last" ("20 (Jan) → 15 (Mar)", "RTX x2, last Feb"); "from 18 Sep", which it
 * reads as a range from the 18th.
 */
const NOTATIONS: readonly [RegExp, (match: string, ...groups: string[]) => string][] = [
  [/(?<![\d/])(\d{1,2})\/52(?![\d/])/g, (_, n) => `${n} weeks`],
  [/(?<![\d/])(\d{1,2})\/(7|12)(?=\s*ago\b)/g, (_, n, of) => `${n} ${of === '7' ? 'days' : 'months'}`],
  [
    new RegExp(String.raw`(?<=\(\s*|\blast\s+|\bdone\s+|\bgiven\s+|\bheld\s+)(${MONTH})\.?(?=\s*\))|(?<=\blast\s+(?:(?:dose|course|infusion|cycle|injection|pulse)\s+)?)(${MONTH})\b(?!\s*\d)`, 'gi'),
    (month) => `in ${month}`,
  ],
  // "7.5 mg since Aug 2026 after taper": the dose since then, reached by a taper (the start is earlier).
  [/\bsince\b([^,;()]{1,30}?)\s+after\s+(?:a\s+|the\s+)?(?:taper(?:ing)?|reduction|dose\s+reduction)\b/gi, (_, date) => `tapered since${date}`],
  // "since mid-Oct", "early March": the month, as precise as the words are.
  [new RegExp(String.raw`\b(?:mid|early|late|end\s+of|beginning\s+of|start\s+of)[\s-]+(?=(?:${MONTH})\b)`, 'gi'), () => ''],
  [new RegExp(String.raw`\bfrom(?=\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})\b)`, 'gi'), () => 'since'],
  // "on pred 20 mg/d x 6 wk": how long it has been taken, as "for 6 weeks" says it (a course is counted in days).
  [/(?<![\p{L}\p{N}])[x×]\s?(\d+)\s*(w|wks?|weeks?|mo|mths?|months?)(?![\p{L}\p{N}])/giu, (_, n, unit) => `for ${n} ${unit}`],
];

const NOW = /^(?:now|today|currently|at\s+present)$/i;
/** A word, or a number with its decimals ("6.2"), as it is quoted back when not understood. */
const WORD = /\d+(?:[.,]\d+)*|[\p{L}\p{N}'’‘`´]+/gu;
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nil']);
/** A character the date reader skips, standing for a dose so its place is found again after the reader's rewriting. */
const DOSE_MARK = '\u0001';

export interface MedicationPhrase {
  /** The words as read: the answer with notations the date reader does not know rewritten ("3/52" as "3 weeks"). */
  text: string;
  /** Every dose, in order, as positioned in `dates.text`, with what it is (current, earlier, a target…). */
  steps: DoseStep[];
  /** A frequency not next to any dose ("prednisone daily 10 mg"): the current dose's, if it has none of its own. */
  frequency?: FrequencyPhrase;
  routes: Route[];
  course?: Course;
  /** Taken when needed ("prn"): no regular daily dose. */
  asNeeded: boolean;
  /** A stop word or past-use word is present: the medicine is not taken now. */
  past: boolean;
  /** Words of a possibility or of a plan that aims at no dose: what is taken is not said plainly. */
  notPlain: boolean;
  /** The medicine is named only as planned, refused, an allergy or intolerance, or not yet started. */
  notTaken: boolean;
  /** "for 3 months": the length of use, which says when it started only for a medicine still taken. */
  lasting: boolean;
  /** Dates, positioned in `dates.text` (with durations rewritten, "3 months" as "3 months ago"). */
  dates: DateReading;
  /** What the words before each date, within its dose's words, say of it. */
  dated: DateWords[];
  /** Words of a change of dose ("reduced", "tapering", "dose varies"): a bare "since" beside them dates the change. */
  changed: boolean;
  /** Words not understood, as written, digits included: they are reported, never dropped silently. */
  unread: string[];
  /** Among them a month's name: a date the reader could not place. */
  unreadMonth: boolean;
  /** A negation after the name that the words do not finish ("HCQ not …"): never read as use. */
  negatedAfterName: boolean;
  /** A dose with a minus sign. */
  negative: boolean;
  /** The only stop said is a last dose ("last infusion 28 Sep"), which may be the latest of a regimen that goes on. */
  lastOnly: boolean;
}

/**
 * Reads dose, frequency, route, status and dated events around a drug name (already blanked out). `nameAt`
 * is where the name ended: the first number after it is a dose even without a unit.
 */
export function readMedicationPhrase(written: string | TracedText, today: Day, nameAt = 0): MedicationPhrase {
  const notations = (words: TracedText) => NOTATIONS.reduce((t, [pattern, rewrite]) => t.replace(pattern, rewrite), tracedMedicationWords(words));
  const source = typeof written === 'string' ? TracedText.of(written) : written;
  // "changed to prednisone 30 mg on 3 July": the medicine switched to was started then.
  const head = notations(source.slice(0, nameAt)).replace(SWITCHED_TO, 'started ');
  const traced = head.concat(notations(source.slice(nameAt)));
  const { text } = traced;
  const nameEnd = nameAt === 0 ? 0 : head.text.length;
  const ignored = [...matches(text, TARGETS), ...matches(text, WEIGHT), ...matches(text, BLOOD_PRESSURE)];
  let rest = blank(text, ignored);
  const unitDoses = findDoses(rest);
  rest = blank(rest, unitDoses);
  const frequencies = findFrequencies(rest);
  rest = blank(rest, frequencies);
  const asNeeded = matches(rest, AS_NEEDED);
  rest = blank(rest, asNeeded);
  const course = findCourse(rest);
  if (course) rest = blank(rest, course.spans);
  const routes = ROUTES.filter((r) => matches(rest, r.pattern).length > 0).map((r) => r.route);
  rest = ROUTES.reduce((t, r) => blank(t, matches(t, r.pattern)), rest);
  const plainDoses = plainNumbers(rest, nameEnd);
  rest = blank(rest, plainDoses);

  const doses = withFrequencies([...unitDoses, ...plainDoses].sort((a, b) => a.index - b.index), frequencies, rest, traced);
  // A minus sign just before a dose ("prednisone -5 mg"); ranges and dates ("2-3", "2025-11-09") are no dose.
  const negative = doses.some((d) => hasNegativeNumber(text.slice(Math.max(0, d.index - 3), d.end)));
  const loose = frequencies.filter((f) => !doses.some((d) => d.frequencyAt === f.index));
  const lasting = [...rest.matchAll(DURATION)].some((m) => m[1]?.toLowerCase() === 'for');
  const marked = doses.reduce((t, d) => t.slice(0, d.written.index) + DOSE_MARK.padEnd(d.written.end - d.written.index) + t.slice(d.written.end), rest);
  const read = findDates(traced.withText(marked), today);
  // "now 5", "10 mg today": the dose taken now, not a date it was started or stopped.
  const dates = { ...read, mentions: periods(read, read.mentions.filter((m) => !NOW.test(m.text))) };
  const placed = placeDoses(dates.text, doses);
  // A date's trailing punctuation stays: it may part two doses ("since June, before 16").
  const undated = blank(dates.text, dates.mentions.map((m) => ({ index: m.index, end: m.index + m.text.replace(/[\s,.;:]+$/, '').length })));
  const steps = doseSteps(undated, placed);
  const dated = dates.mentions.map((mention, i) => dateWords(gapBefore(undated, mention, dates.mentions[i - 1], steps)));

  // Outside the dates, so that "for the past 3 months" is not a past use; outside the targets, so that
  // "plan: taper to 5 mg" says nothing of what is taken now. "until" ends a dose, not always the medicine.
  const targets = steps.filter((s) => s.role === 'target').map((s) => s.span);
  const plain = blank(undated, targets).replaceAll(DOSE_MARK, ' ');
  const stops = [ROLE_WORDS[0]!.pattern, PAST_USE].flatMap((pattern) => matches(plain, pattern).map((m) => plain.slice(m.index, m.end))).filter((w) => !UNTIL.test(w));
  const past = stops.length > 0;
  // "last infusion 28 Sep" says when the latest dose was given; only "last" words may not say it was the last of all.
  const lastOnly = dated.some((d) => d.role === 'stopped' && d.last) && stops.every((w) => /^last\b/i.test(w));
  // Only aiming at doses, in words of a plan ("Plan: increase prednisone to 20 mg/d"), is not taking the medicine.
  const onlyPlanned = steps.length > 0 && steps.every((s) => s.role === 'target') && NOT_TAKEN.test(text);
  const keywords = [...ROLE_WORDS.map((r) => r.pattern), PAST_USE, /\blast\b/gi];
  const remaining = keywords.reduce((t, pattern) => blank(t, matches(t, pattern)), blank(undated, markerSpans(undated)).replaceAll(DOSE_MARK, ' '));
  const unreadWords = [...remaining.matchAll(WORD)]
    .map((m) => ({ word: normalizeName(m[0]).replaceAll(' ', '.'), index: m.index, written: read.traced.sourceOf(m.index, m.index + m[0].length).trim() }))
    .filter((w) => w.word !== '' && !FILLERS.has(w.word));
  // Quoted back as written ("因白细胞下降"), never as the reader rewrote or split them.
  const unread = [...new Set(unreadWords.map((w) => w.written))];
  // Before the name a negation is about something else ("no change, prednisone 10 mg daily").
  const negatedAfterName = unreadWords.some((w) => w.index >= nameEnd && NEGATIONS.has(w.word));
  return {
    text,
    steps,
    ...(loose[0] ? { frequency: loose[0] } : {}),
    routes,
    ...(course ? { course } : {}),
    asNeeded: asNeeded.length > 0,
    past,
    notPlain: NOT_PLAIN.test(plain),
    notTaken: onlyPlanned || NOT_TAKEN.test(plain),
    lasting,
    dates,
    dated,
    changed: CHANGED.test(plain),
    unread,
    unreadMonth: unreadWords.some((w) => isMonthName(w.word)),
    negatedAfterName,
    negative,
    lastOnly,
  };
}

type FoundDose = DoseMention & { frequencyAt?: number };

/** Between two dates that make one period ("2015–2024", "2023-07 to 2024-02"). */
const PERIOD_BETWEEN = /^\s*(?:[–—-]|to|until|till)\s*$/i;

/** Two dates the date reader read apart that make one period ("MTX 20 mg weekly 2015–2024"), as one. */
function periods({ text, traced }: DateReading, mentions: readonly DateMention[]): DateMention[] {
  return mentions.reduce<DateMention[]>((joined, mention) => {
    const previous = joined.at(-1);
    if (previous?.kind === 'date' && mention.kind === 'date' && !previous.range && !mention.range && PERIOD_BETWEEN.test(text.slice(previous.end, mention.index))) {
      const interval = { earliest: previous.interval.earliest, latest: Math.max(previous.interval.latest, mention.interval.latest) };
      joined[joined.length - 1] = { index: previous.index, end: mention.end, text: text.slice(previous.index, mention.end), written: traced.sourceOf(previous.index, mention.end).trim(), kind: 'date', interval, range: true };
    } else joined.push(mention);
    return joined;
  }, []);
}

/** Numbers without a unit where a dose stands, never part of a date, a time or a measure. */
function plainNumbers(text: string, nameEnd: number): (Span & { amount: number | undefined })[] {
  return findNumbers(text)
    .filter((n) => n.value !== undefined && !YEAR.test(n.text) && !NOT_A_DOSE_AFTER.test(text.slice(n.end)) && wordAfterFits(text.slice(n.end)))
    .filter((n) => {
      const before = text.slice(0, n.index);
      if (isMonthName(before.trimEnd().split(/\s+/).at(-1) ?? '')) return false;
      return (n.index >= nameEnd && before.slice(nameEnd).trim() === '') || DOSE_POSITION.test(before);
    })
    .map((n) => ({ index: n.index, end: n.end, amount: n.value }));
}

function wordAfterFits(after: string): boolean {
  const word = /^\s*(\p{L}+)/u.exec(after)?.[1];
  return word === undefined || AFTER_A_DOSE.has(word.toLowerCase());
}

/** Each frequency goes with the dose just before it, when nothing but blanks stands between ("200 mg bd", "200 bd"). */
function withFrequencies(doses: readonly (Span & { amount: number | undefined; unit?: DoseUnit; per?: 'kg' | 'm2'; frequency?: Frequency })[], frequencies: readonly FrequencyPhrase[], blanked: string, traced: TracedText): FoundDose[] {
  const { text } = traced;
  return doses.map((dose, i) => {
    const next = doses[i + 1]?.index ?? Infinity;
    const after = dose.frequency ? undefined : frequencies.find((f) => f.index >= dose.end && f.index < next && blanked.slice(dose.end, f.index).trim() === '');
    const end = after?.end ?? dose.end;
    return {
      index: dose.index,
      end: dose.end,
      amount: dose.amount,
      ...(dose.unit ? { unit: dose.unit } : {}),
      ...(dose.per ? { per: dose.per } : {}),
      ...(dose.frequency || after ? { frequency: dose.frequency ?? after!.frequency } : {}),
      ...(after ? { frequencyAt: after.index } : {}),
      written: { index: dose.index, end },
      // As the clinician wrote it, not as rewritten for the reader ("750 mg 每日两次", not "750 mg  bd").
      quote: traced.sourceOf(dose.index, end).trim(),
      amountText: text.slice(dose.index, dose.end).match(/[\d.,]+/)?.[0] ?? '',
    };
  });
}

/** The doses at their places in the date reader's text, found again by their marks. */
function placeDoses(text: string, doses: readonly FoundDose[]): DoseMention[] {
  const marks = [...text.matchAll(new RegExp(DOSE_MARK, 'g'))].map((m) => m.index);
  return doses.map((dose, i) => {
    const index = marks[i]!;
    const { frequencyAt: _at, ...mention } = dose;
    return { ...mention, index, end: index + (dose.end - dose.index), written: { index, end: index + (dose.written.end - dose.written.index) } };
  });
}

/** What a date says, by the role words before it in its dose's words: "last" just before it, else the nearest one (a bare "since" only if alone). */
/** How a date is dated, by the words before it. */
interface DateWords {
  /** The nearest role word's, a bare "since" or "from" only if alone ("dose unchanged since March"); "last" just before it stops. */
  role: DateRole | undefined;
  /** The role is a bare "since" or "from" only. */
  weak: boolean;
  /** The nearest stop word is "until": it ends a dose, not always the medicine. */
  until: boolean;
  /** "last", "last dose", "last infusion": the latest dose given, maybe not the last of all. */
  last: boolean;
}

function dateWords(gap: string): DateWords {
  const found = ROLE_WORDS.flatMap(({ role, pattern }) => matches(gap, pattern).map((m) => ({ role, index: m.index, word: gap.slice(m.index, m.end) })));
  const nearestFirst = found.sort((a, b) => b.index - a.index);
  const chosen = LAST.test(gap) ? { role: 'stopped' as const, word: 'last' } : (nearestFirst.find((f) => !WEAK_ROLE.test(f.word)) ?? nearestFirst[0]);
  const stop = nearestFirst.find((f) => f.role === 'stopped');
  return { role: chosen?.role, weak: chosen !== undefined && WEAK_ROLE.test(chosen.word), until: stop !== undefined && UNTIL.test(stop.word), last: LAST_WORDS.test(gap) };
}

/** The words before a date that may say what it is: back to the previous date, within the words of the date's dose. */
function gapBefore(text: string, mention: Span, previous: Span | undefined, steps: readonly DoseStep[]): string {
  const step = steps.find((s) => mention.index >= s.span.index && mention.index < s.span.end);
  const from = Math.max(previous?.end ?? 0, step?.span.index ?? 0);
  return text.slice(from, mention.index).replaceAll(DOSE_MARK, ' ');
}

function matches(text: string, pattern: RegExp): Span[] {
  return [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

/** Replaces spans with spaces, keeping every other position where it was. */
export function blank(text: string, spans: readonly Span[]): string {
  return spans.reduce((t, s) => t.slice(0, s.index) + ' '.repeat(s.end - s.index) + t.slice(s.end), text);
}
