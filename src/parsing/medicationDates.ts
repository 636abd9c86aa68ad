import type { Day } from '../dates/calendar';
import type { DayInterval } from '../domain/factValue';
import type { Drug } from '../domain/vocabulary';
import { beforeBirth } from './birth';
import { findDates } from './datePhrase';
import type { DoseStep } from './doseSteps';
import type { MedicationPhrase } from './medicationPhrase';
import { ambiguous, invalid, type ParseContext, type ParseFailure } from './outcome';

/**
 * A dose left: "from" just before it ("reduced from 20 mg in September", "↓ from 10 on 12 May"), or a change
 * said after it ("24 mg, reduce slowly from March"); its date is when it was left.
 */
const LEFT_BEFORE = /(?:\bfrom|[↓↑])\s*$/i;
const LEFT_AFTER = /\b(?:reduced?|increased?|decreased?|changed|switched|cut|dropped|taper(?:ing|ed)?|wean(?:ing|ed)?)\b/i;
/** A change made over time ("tapering from 30 mg since May", "reduce slowly from March"): its date is when it began, no dose's. */
const GRADUAL = /\b(?:taper(?:ing|ed)?|wean(?:ing|ed)?|slowly|gradual(?:ly)?|reducing|decreasing)\b/i;

/** The dates a medicine's words give: its start and stop, when its current dose began, and each earlier dose's. */
export interface Dated {
  started?: DayInterval;
  doseSince?: DayInterval;
  stopped?: DayInterval;
  /** Since when each earlier dose was taken. */
  since: Map<DoseStep, DayInterval>;
  /** The current dose was taken "until" a date: the medicine is stopped. */
  untilCurrent: boolean;
}

/** Where a date goes: a use's start or stop, or since when a dose was taken; `own` when said in that dose's words. */
type Slot = { slot: 'started' | 'stopped' } | { slot: 'since'; step: DoseStep | undefined };

/**
 * What each date says, by its role words and the dose it stands with. Beside a dose history a date in the
 * current dose's words is when the dose last changed ("up to 10 mg 3 weeks ago", "since March (reduced from
 * 20 mg)"); in an earlier dose's words, since when that dose was taken ("5 mg since June"), the course's start
 * when it is the first dose's "since"; beside a dose left, when it was left ("(was 15 until August)"), which
 * the next dose's own date overrides. A gradual change's date dates no dose.
 */
export function datesOf(phrase: MedicationPhrase, currentStep: DoseStep | undefined, earlier: readonly DoseStep[], drug: Drug, context: ParseContext): Dated | ParseFailure {
  const dated: Dated = { since: new Map(), untilCurrent: false };
  const history = earlier.length > 0;
  const at = (step: DoseStep | undefined) => (step ? phrase.steps.indexOf(step) : -1);
  const standing = [...earlier, ...(currentStep ? [currentStep] : [])].sort((a, b) => at(a) - at(b));
  const own: { to: Slot; interval: DayInterval }[] = [];
  const adjacent: { to: Slot; interval: DayInterval }[] = [];
  for (const [i, mention] of phrase.dates.mentions.entries()) {
    if (mention.kind === 'problem') return mention.problem;
    const step = phrase.steps.find((s) => mention.index >= s.span.index && mention.index < s.span.end);
    // A date in the words of a target is part of the plan ("to increase to 1 g bd next week").
    if (step?.role === 'target') continue;
    if (mention.range) {
      // "MMF 1 g bd Jan 2024 – Dec 2025", "IVMP (15–17 Aug)": taken from one end to the other, when both are
      // over; beside a dose history, that dose's ("40 mg qd May–July, then tapered; 15 mg since Aug").
      const ends = rangeEnds(mention.text, context.today, mention.interval);
      const earlierStep = history && step && step.role === 'earlier' && at(step) < at(currentStep) ? step : undefined;
      if (ends && earlierStep) {
        own.push({ to: { slot: 'since', step: earlierStep }, interval: ends.from });
        if (earlierStep === standing[0]) own.push({ to: { slot: 'started' }, interval: ends.from });
        adjacent.push({ to: { slot: 'since', step: standing[standing.indexOf(earlierStep) + 1] }, interval: ends.to });
        continue;
      }
      if (!ends || history || ends.to.latest >= context.today) {
        return ambiguous({ code: 'start-stop-together', text: mention.written, drug: drug.code });
      }
      own.push({ to: { slot: 'started' }, interval: ends.from }, { to: { slot: 'stopped' }, interval: ends.to });
      continue;
    }
    const unborn = beforeBirth(mention.written, mention.interval, context);
    if (unborn) return unborn;
    const { role, until, weak } = phrase.dated[i]!;
    const interval = mention.interval;
    const put = (to: Slot, list = own) => list.push({ to, interval });
    if (!history || !step || step.role === 'unsettled' || step.role === 'replaced') {
      if (until) dated.untilCurrent = true;
      // "currently 4.5 mg since April (dose varies)": a bare "since" beside a change dates the change, not the start.
      const dating = role === 'started' && weak && phrase.changed ? 'doseSince' : role;
      if (dating === 'doseSince') put({ slot: 'since', step: currentStep });
      else if (dating) put({ slot: dating });
      else if (phrase.course || drug.givenInCourses) {
        const failed = courseDates(phrase, interval, dated, drug, context.today);
        if (failed) return failed;
      } else return unlabelled(mention.written, drug);
      continue;
    }
    // A date after a dose left, past words of the change ("24 mg, reduce slowly from March"), is when it was left;
    // one before the change words ("60 mg from 2021-06, tapered") is since when it was taken.
    const afterDose = mention.index >= step.dose.written.end ? phrase.dates.text.slice(step.dose.written.end, mention.index) : undefined;
    const leaving = step !== currentStep && afterDose !== undefined && (until || LEFT_BEFORE.test(step.lead) || LEFT_AFTER.test(afterDose));
    const words = `${step.lead} ${afterDose ?? ''}`;
    if (step === currentStep) {
      if (role === 'stopped' || until) {
        dated.untilCurrent ||= until;
        put({ slot: 'stopped' });
      } else if (role === 'started' && !weak) put({ slot: 'started' });
      else put({ slot: 'since', step });
    } else if (leaving && GRADUAL.test(words)) {
      continue;
    } else if (leaving) {
      const next = at(step) < at(currentStep) || !currentStep ? standing[standing.indexOf(step) + 1] : currentStep;
      if (next) put({ slot: 'since', step: next }, adjacent);
    } else if (at(step) < at(currentStep) || !currentStep) {
      // A stop said of the last dose there is ("self stopped prednisone in Feb (was 7.5 mg)") stops the medicine.
      if (role === 'stopped' && !currentStep && step === standing.at(-1)) put({ slot: 'stopped' });
      else if (role === 'stopped') {
        return ambiguous({ code: 'restarted', drug: drug.code });
      } else {
        put({ slot: 'since', step });
        if (role === 'started' && step === standing[0]) put({ slot: 'started' });
      }
    } else {
      return ambiguous({ code: 'dose-change-when', text: mention.written, drug: drug.code, dose: step.dose.quote });
    }
  }
  const key = (to: Slot) => (to.slot === 'since' ? to.step : to.slot);
  for (const { to, interval } of [...own, ...adjacent.filter((a) => !own.some((o) => key(o.to) === key(a.to)))]) {
    const step = to.slot === 'since' && to.step !== currentStep ? to.step : undefined;
    if (step) {
      if (dated.since.has(step)) return invalid({ code: 'two-dates-for-dose', dose: step.dose.quote, drug: drug.code });
      dated.since.set(step, interval);
      continue;
    }
    const role = to.slot === 'since' ? 'doseSince' : to.slot;
    if (dated[role]) return invalid({ code: 'two-dates', role, drug: drug.code });
    dated[role] = interval;
  }
  // "IVMP 500 mg ×3 from 3 Sep": a course of days from a day is over on its last day.
  const days = phrase.course?.days ?? (drug.dailyUnlessSaid ? phrase.course?.count : undefined);
  const start = dated.started;
  if (days !== undefined && start && start.earliest === start.latest && !dated.stopped && start.earliest + days - 1 < context.today) {
    dated.stopped = { earliest: start.earliest + days - 1, latest: start.earliest + days - 1 };
  }
  return dated;
}

/**
 * A date without a role word for a course, or for a drug given in courses. A course of days ("IVMP 500 x3 in
 * Aug", "IVIG 0.4 g/kg x5d in Sept") was started and stopped then, or over its days from that day; otherwise the
 * date is when the last dose was given ("IVIG (Sept 2026)", "two doses of rituximab in May").
 */
function courseDates(phrase: MedicationPhrase, interval: DayInterval, dated: Dated, drug: Drug, today: Day): ParseFailure | undefined {
  const course = phrase.course;
  if (dated.started || dated.stopped) return invalid({ code: 'two-course-dates', drug: drug.code });
  const days = course?.days ?? (drug.dailyUnlessSaid ? course?.count : undefined);
  if (days === undefined) {
    dated.stopped = interval;
    return undefined;
  }
  const oneDay = interval.earliest === interval.latest;
  const end = oneDay ? interval.earliest + days - 1 : interval.latest;
  dated.started = interval;
  if (end < today) dated.stopped = oneDay ? { earliest: end, latest: end } : interval;
  return undefined;
}

/** Between the two ends of a period: "to", a dash. */
const RANGE_SEPARATORS = [/\s+(?:to|until|till)\s+/i, /\s*[–—]\s*/, /\s+-\s+/];

/**
 * The two ends of a period the date reader read as one ("Jan 2024 – Dec 2025", "15–17 Aug", "Sept–Nov 2025"),
 * each read as a date, the first completed from the second where it gives only a day or a month.
 */
function rangeEnds(text: string, today: Day, interval: DayInterval): { from: DayInterval; to: DayInterval } | undefined {
  const separator = RANGE_SEPARATORS.find((pattern) => pattern.test(text));
  if (!separator) return undefined;
  const [left = '', right = ''] = text.replace(/[\s,.;:)]+$/, '').split(separator);
  const oneDate = (words: string) => {
    const [only, ...others] = findDates(words, today).mentions;
    return only?.kind === 'date' && !only.range && others.length === 0 ? only.interval : undefined;
  };
  const to = oneDate(right);
  const year = /(?:19|20)\d\d/;
  const completed = /^\d{1,2}$/.test(left.trim()) ? right.replace(/^\d{1,2}/, left.trim()) : !year.test(left) && year.test(right) ? `${left} ${right.match(year)![0]}` : left;
  const from = oneDate(completed);
  if (from && to && from.earliest <= to.latest) return { from, to };
  // "(10/14–10/17)": numeric days, which alone could be months of a year, are the first and last day of the period.
  const numericDay = /\d{1,2}\s*[/.]\s*\d{1,2}/;
  if (numericDay.test(left) && numericDay.test(right)) return { from: { earliest: interval.earliest, latest: interval.earliest }, to: { earliest: interval.latest, latest: interval.latest } };
  return undefined;
}

function unlabelled(text: string, drug: Drug): ParseFailure {
  return ambiguous({ code: 'start-or-stop', text, drug: drug.code });
}


