import { AssertionMatcher } from '../assertion/assertionMatcher';
import { daysBefore } from '../dates/calendar';
import type { Detail } from '../domain/detail';
import type { FactDefinition, MedicationFact } from '../domain/factDefinition';
import type { DayInterval, KnownFactValue, MedicationUse } from '../domain/factValue';
import { RECORDED } from '../domain/reading';
import { beforeBirth } from './birth';
import { findDates } from './datePhrase';
import { findDoses, isMass } from './doseText';
import { DrugFinder } from './drugMention';
import { readUse } from './medicationUse';
import { invalid, type ParseContext, type ParseOutcome, type ParseFailure } from './outcome';
import { MAX_ANSWER_LENGTH, parseAnswer } from './parseAnswer';
import { toDailyDose } from '../units/dailyDose';
import { boundedInterval, boundIn } from './bounds';
import { isOneOf, isUnknownAnswer, readYesNo } from './wholeAnswers';

/** What a detail card's buttons send, in every language: the dose has not changed since the start; the highest dose is today's. */
export const DETAIL_ANSWERS = { sameSinceStart: 'same-dose-since-start', currentIsHighest: 'current-dose-highest' } as const;


/**
 * Reads the reply to a question about one detail of an answer already recorded (`recorded`), and returns the
 * answer completed with it. "Unknown" (or a blank field) comes back as `unknown`: the detail is then not given,
 * and the answer stays as it was. A reply that is a whole new answer to the fact ("prednisone 10 mg since
 * March") is read as one. Nothing is assumed: a date or dose that cannot be read is asked again, with why.
 */
export function readDetailAnswer(detail: Detail, recorded: KnownFactValue, text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const entered = text.trim();
  if (entered.length > MAX_ANSWER_LENGTH) return invalid({ code: 'too-long', max: MAX_ANSWER_LENGTH });
  if (entered === '' || isUnknownAnswer(entered, context.vocabulary.words)) return { kind: 'unknown', value: { kind: 'unknown', entered: entered || 'unknown' } };
  // A detail the clinician doubts ("maybe 30 mg", "可能2026年3月", "30 mg?") is not given: never recorded as exact.
  if (/[?？]\s*$/.test(entered) || AssertionMatcher.of(context.vocabulary.assertion).doubtIn(entered).length > 0) return { kind: 'unknown', value: { kind: 'unknown', entered } };
  switch (detail.kind) {
    case 'exactDate':
    case 'exactValue':
      return parseAnswer(entered, fact, context);
    default: {
      if (fact.type !== 'medication' || recorded.kind !== 'medication') return parseAnswer(entered, fact, context);
      const index = recorded.uses.findIndex((u) => u.drug === detail.drug);
      const use = recorded.uses[index];
      if (!use) return parseAnswer(entered, fact, context);
      // A reply naming another medicine, or this one with more said of it, is a new answer to the question.
      const named = DrugFinder.of(context.vocabulary.drugs).find(entered);
      if (named.kind === 'ambiguous' || named.mentions.length > 0) return parseAnswer(entered, fact, context);
      const completed = completeUse(detail, use, entered, fact, context);
      if ('kind' in completed) return completed;
      const value: KnownFactValue = { ...recorded, uses: recorded.uses.map((u, i) => (i === index ? completed : u)) };
      return { kind: 'value', value, reading: RECORDED };
    }
  }
}

type MedicationDetail = Extract<Detail, { drug: string }>;

function completeUse(detail: MedicationDetail, use: MedicationUse, entered: string, fact: MedicationFact, context: ParseContext): MedicationUse | ParseFailure {
  const drug = context.vocabulary.drugs.get(use.drug)!;
  const { words } = context.vocabulary;
  switch (detail.kind) {
    case 'started':
    case 'stopped':
    case 'doseSince': {
      if (detail.kind === 'doseSince' && (entered === DETAIL_ANSWERS.sameSinceStart || isOneOf(entered, words.sameDose) || readYesNo(entered, words) === false)) {
        if (!use.started) return invalid({ code: 'dose-since-when', drug: drug.code });
        return { ...use, doseSince: use.started };
      }
      const date = oneDate(entered, context, drug.code);
      if ('kind' in date) return date;
      const dated = { ...use, [detail.kind]: date, ...(detail.kind === 'stopped' ? { current: false } : {}) };
      return consistent(dated, drug.code) ?? dated;
    }
    case 'dose': {
      const reading = readUse(entered, drug, fact, context);
      if (reading.kind === 'problem') return reading.problem;
      if (reading.kind === 'not-taken' || !reading.use.dailyDose) return invalid({ code: 'daily-dose-needed', drug: drug.code });
      const { dailyDose, doseEntered, assumed } = reading.use;
      return { ...use, dailyDose, ...(doseEntered ? { doseEntered } : {}), ...(assumed ? { assumed } : {}) };
    }
    case 'highestDose': {
      const from = daysBefore(context.today, detail.within);
      if (entered === DETAIL_ANSWERS.currentIsHighest || isOneOf(entered, words.currentDose)) {
        if (!use.dailyDose) return invalid({ code: 'highest-dose-needed', drug: drug.code });
        return { ...use, highest: { dailyDose: use.dailyDose, from, to: context.today } };
      }
      // A dose with how often it is taken ("30 mg bid", "30 mg 每日两次") is read as any dose is.
      const read = readUse(entered, drug, fact, context);
      if (read.kind === 'use' && read.use.dailyDose) return { ...use, highest: { dailyDose: read.use.dailyDose, from, to: context.today } };
      const [dose, ...others] = findDoses(entered);
      if (!dose || dose.amount === undefined || others.length > 0 || dose.per || !isMass(dose.unit)) {
        return invalid({ code: 'one-daily-dose', drug: drug.code });
      }
      // The question asks for a daily dose: a dose said without its frequency is per day.
      const daily = toDailyDose(dose.amount, `${dose.unit}/(${dose.frequency?.per ?? 'd'})`, drug, fact);
      const bounded = boundedInterval(daily, boundIn(entered.slice(0, dose.index)));
      return { ...use, highest: { dailyDose: bounded, from, to: context.today } };
    }
    case 'route': {
      const reading = readUse(entered, drug, fact, context);
      if (reading.kind !== 'use' || !reading.use.route) return invalid({ code: 'route-needed', drug: drug.code });
      return { ...use, route: reading.use.route };
    }
  }
}

function oneDate(entered: string, context: ParseContext, drug: string): DayInterval | ParseFailure {
  const [mention, ...others] = findDates(entered, context.today).mentions;
  if (!mention || others.length > 0) return invalid({ code: 'one-date', drug });
  if (mention.kind === 'problem') return mention.problem;
  const unborn = beforeBirth(mention.written, mention.interval, context);
  if (unborn) return unborn;
  return mention.interval;
}

/** A start after the stop or after a dose began, or a dose change after the stop, is asked again, never recorded. */
function consistent(use: MedicationUse, drug: string): ParseFailure | undefined {
  const { started, stopped, doseSince } = use;
  if (started && stopped && started.earliest > stopped.latest) return invalid({ code: 'stopped-before-started', drug, stopped, started });
  if (started && doseSince && doseSince.latest < started.earliest) {
    return invalid({ code: 'changed-before-started', drug, doseSince, started });
  }
  return undefined;
}

