import { describeDays } from '../dates/calendar';
import type { MedicationFact } from '../domain/factDefinition';
import type { DoseAssumption, EarlierDose, MedicationUse } from '../domain/factValue';
import type { Guess } from '../domain/guess';
import type { Drug } from '../domain/vocabulary';
import { resolvedFromToday } from './datePhrase';
import { boundIn } from './bounds';
import { readDose, type DoseContext, type DoseRead } from './doseReading';
import type { DoseStep } from './doseSteps';
import { dosingIntervalHours } from './doseText';
import { datesOf } from './medicationDates';
import { readMedicationPhrase, type MedicationPhrase } from './medicationPhrase';
import { ambiguous, invalid, listOf, quote, type ParseContext, type ParseProblem } from './outcome';
import { normalizeName } from '../text/normalize';

export type UseReading =
  /** `guesses`: what the reading took the words to mean beyond what they say, for the clinician to check. */
  | { kind: 'use'; use: MedicationUse; notes: string[]; guesses: Guess[] }
  /** Named only as planned, refused, an allergy or intolerance, or not yet started: no use to record. */
  | { kind: 'not-taken' }
  | { kind: 'problem'; problem: ParseProblem };

/** The drug's name in the answer: as typed, and where it ends in the words read. */
export interface NameAt {
  typed: string;
  end: number;
}

/** A regimen given once a week or less often: a date of its latest dose may not be a stop. */
const WEEK_HOURS = 168;

/** Reads one medicine's part of the answer; `text` is that part with the drug's name blanked out. */
export function readUse(text: string, drug: Drug, fact: MedicationFact, context: ParseContext, name?: NameAt): UseReading {
  const phrase = readMedicationPhrase(text, context.today, name?.end ?? 0);
  const problem = (outcome: ParseProblem): UseReading => ({ kind: 'problem', problem: outcome });
  if (phrase.negative) {
    return problem(invalid(`A dose is never negative, and the answer about ${drug.label} has a minus sign; please give it without.`));
  }
  if (phrase.notTaken) return { kind: 'not-taken' };
  const unreadNumber = phrase.unread.find((w) => /\d/.test(w));
  if (unreadNumber !== undefined) {
    return problem(invalid(`I could not read ${quote(unreadNumber)} in the answer about ${drug.label}: give the dose with its unit (e.g. “10 mg daily”) and dates such as “since March 2026”.`));
  }
  if (phrase.negatedAfterName) {
    return problem(ambiguous(`The answer about ${drug.label} has a negation I could not read (${phrase.unread.map(quote).join(', ')}): is it taken, or was it stopped? Please say which, with the dose and dates.`));
  }
  if (phrase.notPlain) {
    return problem(ambiguous(`The answer about ${drug.label} says what is planned, possible or refused rather than what is taken; please say whether the patient takes it now (the dose and since when) or when it was stopped.`));
  }
  const named = Object.entries(drug.routeInName ?? {}).find(([n]) => normalizeName(n) === normalizeName(name?.typed ?? ''))?.[1];
  const routes = [...new Set([...phrase.routes, ...(named ? [named] : [])])];
  if (routes.length > 1) return problem(ambiguous(`Which route is ${drug.label} given by: ${listOf(routes)}?`));

  if (phrase.steps.some((s) => s.role === 'unclear')) {
    return problem(invalid(`I found more than one dose for ${drug.label} (${listOf(phrase.steps.map((s) => quote(s.dose.quote)), 'and')}); which is taken now? Earlier doses can be added as “was 20 mg until May”.`));
  }
  const currentSteps = phrase.steps.filter((s) => s.role === 'current');
  if (currentSteps.length > 1) {
    return problem(ambiguous(`Which dose of ${drug.label} is taken now: ${listOf(currentSteps.map((s) => quote(s.dose.quote)))}?`));
  }
  // A medicine stopped with only a dose said to be earlier ("self stopped prednisone in Feb (was 7.5 mg)", "was
  // on pred 20 until March"): that dose was its last. Not stopped, what is taken now is not said ("was on pred 20").
  const onlyEarlier = phrase.steps.filter((s) => s.role === 'earlier');
  const ended = phrase.past || phrase.dated.some((d) => d.until);
  if (currentSteps.length === 0 && onlyEarlier.length > 0 && !ended) {
    return problem(ambiguous(`The answer gives only an earlier dose of ${drug.label} (${listOf(onlyEarlier.map((s) => quote(s.dose.quote)), 'and')}): what is taken now, or when was it stopped?`));
  }
  const currentStep = currentSteps[0] ?? (ended && onlyEarlier.length === 1 ? onlyEarlier[0] : undefined);
  const earlierSteps = orderedEarlier(phrase.steps, currentStep);
  const at: DoseContext = {
    drug,
    typedName: name?.typed,
    fact,
    context,
    steps: phrase.steps,
    ...(phrase.frequency ? { looseFrequency: phrase.frequency.frequency } : {}),
    ...(phrase.course ? { course: phrase.course } : {}),
    asNeeded: phrase.asNeeded,
    localRoute: routes.some((r) => r === 'topical' || r === 'other'),
  };
  const reads = new Map<DoseStep, DoseRead>();
  for (const step of [...earlierSteps, ...(currentStep ? [currentStep] : [])]) {
    // A bound ("< 10 mg daily") only for a dose said alone: beside other doses, "up to 10 mg" is a change.
    const read = readDose(step, at, earlierSteps.length === 0 ? boundIn(step.lead) : undefined);
    if ('kind' in read) return problem(read);
    reads.set(step, read);
  }

  const dated = datesOf(phrase, currentStep, earlierSteps, drug, context);
  if ('kind' in dated) return problem(dated);
  const { started, doseSince, stopped, since } = dated;
  const current = !phrase.past && !stopped && !dated.untilCurrent;
  // "Belimumab 10 mg/kg monthly since April, last infusion 28 Sep": the latest dose of a regimen may not be its last.
  const regular = currentStep?.dose.frequency ?? phrase.frequency?.frequency;
  if (phrase.lastOnly && !phrase.course && regular && dosingIntervalHours(regular) >= WEEK_HOURS) {
    return problem(ambiguous(`Is ${drug.label} still given, with ${describeDays(stopped ?? { earliest: context.today, latest: context.today })} the latest dose, or was that the last one? Please add “ongoing” or “stopped”.`));
  }
  // A course given as its length or count, or a drug given in courses named alone ("IVIG"), is over once
  // given: without a date it is not known when.
  const unplaced = phrase.course || (drug.givenInCourses && !regular && phrase.dates.mentions.length === 0);
  if (unplaced && !started && !stopped && !phrase.past) {
    return problem(ambiguous(`When was ${drug.label} given? e.g. “in August”, “last dose 14 August”, or “since 3 November” if it goes on.`));
  }
  if (phrase.lasting && !current && !phrase.course) {
    return problem(ambiguous(`${drug.label} was taken “for” a time and stopped: please give when it was started and when it was stopped.`));
  }
  if (started && stopped && started.earliest > stopped.latest) {
    return problem(invalid(`${drug.label} cannot have been stopped (${describeDays(stopped)}) before it was started (${describeDays(started)}).`));
  }

  const currentRead = currentStep ? reads.get(currentStep) : undefined;
  const earlierDoses: EarlierDose[] = earlierSteps.map((step) => {
    const read = reads.get(step)!;
    const at = since.get(step);
    return { ...(read.dailyDose ? { dailyDose: read.dailyDose } : {}), doseEntered: read.doseEntered, ...(at ? { since: at } : {}) };
  });
  const assumed = [...new Set<DoseAssumption>([...reads.values()].flatMap((r) => r.assumed))];
  const use: MedicationUse = {
    drug: drug.code,
    current,
    ...(currentRead?.dailyDose ? { dailyDose: currentRead.dailyDose } : {}),
    ...(currentRead ? { doseEntered: currentRead.doseEntered } : {}),
    ...(routes[0] ? { route: routes[0] } : {}),
    ...(started ? { started } : {}),
    ...(doseSince ? { doseSince } : {}),
    ...(stopped ? { stopped } : {}),
    ...(earlierDoses.length > 0 ? { earlierDoses } : {}),
    ...(assumed.length > 0 ? { assumed } : {}),
  };
  return { kind: 'use', use, notes: notesOf(use, [...reads.values()], currentRead, phrase, drug), guesses: guessesOf([...reads.values()], phrase) };
}

/** A unit or how often assumed, a daily dose worked out from the dose written, a date worked out from words without a year. */
function guessesOf(reads: readonly DoseRead[], phrase: MedicationPhrase): Guess[] {
  return [
    ...(reads.some((r) => r.assumed.includes('unit')) ? ['unit-assumed' as const] : []),
    ...(reads.some((r) => r.workedOut || r.assumed.includes('frequency')) ? ['dose-inferred' as const] : []),
    ...(phrase.dates.mentions.some((m) => m.kind === 'date' && resolvedFromToday(m)) ? ['date-resolved' as const] : []),
  ];
}

/** Earlier doses, oldest first: those written before the current dose in their order, then those after it ("(was 15)"), nearest last. */
function orderedEarlier(steps: readonly DoseStep[], current: DoseStep | undefined): DoseStep[] {
  const earlier = steps.filter((s) => s.role === 'earlier' && s !== current);
  const at = current ? steps.indexOf(current) : steps.length;
  return [...earlier.filter((s) => steps.indexOf(s) < at), ...earlier.filter((s) => steps.indexOf(s) > at).reverse()];
}

function notesOf(use: MedicationUse, reads: readonly DoseRead[], currentRead: DoseRead | undefined, phrase: MedicationPhrase, drug: Drug): string[] {
  const entered = currentRead?.doseEntered ?? '';
  const assumedUnits = reads.flatMap((r) => (r.assumedUnit ? [`${quote(r.amountText)} as ${r.amountText} ${r.assumedUnit}`] : []));
  const why: Record<NonNullable<DoseRead['noDaily']>, string> = {
    'per-body': `a dose in mg (${quote(entered)} is per ${currentRead?.per === 'm2' ? 'm² of body surface' : 'kg of body weight'}, so the daily dose is unknown)`,
    'not-mass': `a dose in mg (${quote(entered)} says no amount of drug, so the daily dose is unknown)`,
    'no-frequency': `how often ${entered} is taken (so the daily dose is unknown)`,
    'as-needed': `how much is taken a day (${quote(entered)} is taken when needed)`,
    'spaced-course': '',
  };
  const missing = [
    !currentRead ? 'the dose' : currentRead.noDaily ? why[currentRead.noDaily] : '',
    use.current && !use.started ? 'when it was started' : '',
    !use.current && !use.stopped ? 'when it was stopped' : '',
  ].filter(Boolean);
  return [
    missing.length > 0 ? `Not given for ${drug.label}: ${listOf(missing, 'and')} — add if known.` : '',
    assumedUnits.length > 0 ? `Read ${listOf(assumedUnits, 'and')}, the unit ${drug.label} is dosed in.` : '',
    use.assumed?.includes('frequency') ? `A dose given without how often is read as ${drug.dailyUnlessSaid ? 'the day’s dose' : 'taken as often as the dose beside it'}.` : '',
    phrase.unread.length > 0 ? `Not understood, so not recorded: ${phrase.unread.map(quote).join(', ')}.` : '',
  ].filter(Boolean);
}
