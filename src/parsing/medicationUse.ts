import type { MedicationFact } from '../domain/factDefinition';
import type { DayInterval, MedicationUse } from '../domain/factValue';
import type { Guess } from '../domain/guess';
import type { Drug } from '../domain/vocabulary';
import { toDailyDose } from '../units/dailyDose';
import { beforeBirth } from './birth';
import { boundedInterval, boundIn } from './bounds';
import { doseProblem } from './dosePlausibility';
import { doseRate } from './doseText';
import { describeDays } from '../dates/calendar';
import { resolvedFromToday } from './datePhrase';
import { readMedicationPhrase, type DateRole } from './medicationPhrase';
import { ambiguous, invalid, listOf, quote, type ParseContext, type ParseProblem } from './outcome';
import { hasNegativeNumber, isApproximation } from './signs';

/** `guesses`: a date worked out from words without a year, a daily dose worked out from the dose written. */
export type UseReading = { kind: 'use'; use: MedicationUse; notes: string[]; guesses: Guess[] } | { kind: 'problem'; problem: ParseProblem };

/** Reads one medicine's part of the answer; `text` is that part with the drug's name blanked out. */
export function readUse(text: string, drug: Drug, fact: MedicationFact, context: ParseContext): UseReading {
  const phrase = readMedicationPhrase(text, context.today);
  const problem = (outcome: ParseProblem): UseReading => ({ kind: 'problem', problem: outcome });
  if (hasNegativeNumber(text)) return problem(invalid(`A dose is never negative, and the answer about ${drug.label} has a minus sign; please give it without.`));
  const [dose, ...otherDoses] = phrase.doses;
  if (otherDoses.length > 0) return problem(invalid(`I found more than one dose for ${drug.label}; please give one dose per medicine.`));
  if (dose && dose.amount === undefined) return problem(invalid(`I could not read the dose of ${drug.label} as a number.`));
  const beforeDose = dose ? text.slice(0, dose.index) : '';
  if (dose && isApproximation(beforeDose)) {
    return problem(ambiguous(`${quote(text.slice(dose.index, dose.end))} of ${drug.label} is given as an estimate; please give the dose as prescribed, a bound (e.g. “< 10 mg daily”), or leave the dose out.`));
  }
  const unreadNumber = phrase.unread.find((w) => /\d/.test(w));
  if (unreadNumber !== undefined) {
    return problem(
      invalid(`I could not read ${quote(unreadNumber)} in the answer about ${drug.label}: give the dose with its unit (e.g. “10 mg daily”) and dates such as “since March 2026”.`),
    );
  }
  if (phrase.notPlain) {
    return problem(ambiguous(`The answer about ${drug.label} says what is planned, possible or refused rather than what is taken; please say whether the patient takes it now (the dose and since when) or when it was stopped.`));
  }
  if (phrase.routes.length > 1) return problem(ambiguous(`Which route is ${drug.label} given by: ${listOf(phrase.routes)}?`));
  const current = !phrase.past;
  if (phrase.lasting && !current) {
    return problem(ambiguous(`${drug.label} was taken “for” a time and stopped: please give when it was started and when it was stopped.`));
  }

  const dated: Partial<Record<DateRole, DayInterval>> = {};
  const guesses = new Set<Guess>();
  for (const [i, mention] of phrase.dates.mentions.entries()) {
    if (mention.kind === 'problem') return problem(mention.problem);
    if (mention.range) {
      return problem(ambiguous(`Please give the start and the stop of ${drug.label} separately, e.g. “since January 2026, stopped March 2026”, rather than ${quote(mention.text)}.`));
    }
    const role = phrase.roles[i];
    if (!role) {
      return problem(ambiguous(`Does ${quote(mention.text)} say when ${drug.label} was started, or when it was stopped? Please add “since” or “stopped”.`));
    }
    if (dated[role]) return problem(invalid(`I found two ${roleName[role]}s for ${drug.label}; please give one.`));
    const unborn = beforeBirth(mention.text, mention.interval, context);
    if (unborn) return problem(unborn);
    dated[role] = mention.interval;
    if (resolvedFromToday(mention)) guesses.add('date-resolved');
  }
  if (dated.started && dated.stopped && dated.started.earliest > dated.stopped.latest) {
    return problem(invalid(`${drug.label} cannot have been stopped (${describeDays(dated.stopped)}) before it was started (${describeDays(dated.started)}).`));
  }

  const frequency = dose?.frequency ?? phrase.frequency?.frequency;
  const implausible = dose?.amount !== undefined ? doseProblem(drug, { ...dose, amount: dose.amount }, frequency, fact, context.vocabulary, context.today) : undefined;
  if (implausible) return problem(invalid(implausible));
  const doseEntered = dose ? [text.slice(dose.index, dose.end), phrase.frequency ? text.slice(phrase.frequency.index, phrase.frequency.end) : ''].join(' ').trim() : undefined;
  const rate = dose?.amount !== undefined && !dose.perKg && frequency ? doseRate(dose.amount, dose.mass, frequency) : undefined;
  // The catalog check guarantees a prednisone equivalent for every drug of a prednisone-equivalent question.
  const daily = rate ? toDailyDose(rate.amount, rate.unit, drug, fact) : undefined;
  // Not the dose as written: several doses a day or fewer, or another corticosteroid as its prednisone equivalent.
  const converted = fact.doseAs === 'prednisone-equivalent' && drug.equivalentToPrednisone5mg?.value !== 5;
  if (daily !== undefined && frequency && (frequency.times !== 1 || frequency.per !== 'd' || converted)) guesses.add('dose-inferred');
  const use: MedicationUse = {
    drug: drug.code,
    current,
    ...(daily === undefined ? {} : { dailyDose: boundedInterval(daily, boundIn(beforeDose)) }),
    ...(doseEntered ? { doseEntered } : {}),
    ...(phrase.routes[0] ? { route: phrase.routes[0] } : {}),
    ...(dated.started ? { started: dated.started } : {}),
    ...(dated.doseSince ? { doseSince: dated.doseSince } : {}),
    ...(dated.stopped ? { stopped: dated.stopped } : {}),
  };

  const missing = [
    !dose
      ? 'the dose'
      : dose.perKg
        ? `a dose in mg (${quote(doseEntered ?? '')} is per kg of body weight, so the daily dose is unknown)`
        : !frequency
          ? `how often ${doseEntered} is taken (so the daily dose is unknown)`
          : '',
    current && !use.started ? 'when it was started' : '',
    !current && !use.stopped ? 'when it was stopped' : '',
  ].filter(Boolean);
  const notes = [
    missing.length > 0 ? `Not given for ${drug.label}: ${listOf(missing, 'and')} — add if known.` : '',
    phrase.unread.length > 0 ? `Not understood, so not recorded: ${phrase.unread.map(quote).join(', ')}.` : '',
  ].filter(Boolean);
  return { kind: 'use', use, notes, guesses: [...guesses] };
}

const roleName: Record<DateRole, string> = { started: 'start date', doseSince: 'date of the last dose change', stopped: 'stop date' };
