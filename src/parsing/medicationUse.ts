import type { MedicationFact } from '../domain/factDefinition';
import type { DoseAssumption, EarlierDose, MedicationUse } from '../domain/factValue';
import type { Guess } from '../domain/guess';
import type { MedicineNote } from '../domain/reading';
import type { Drug } from '../domain/vocabulary';
import type { TracedText } from '../text/tracedText';
import { resolvedFromToday } from './datePhrase';
import { boundIn } from './bounds';
import { readDose, type DoseContext, type DoseRead } from './doseReading';
import type { DoseStep } from './doseSteps';
import { dosingIntervalHours } from './doseText';
import { datesOf } from './medicationDates';
import { readMedicationPhrase, type MedicationPhrase } from './medicationPhrase';
import { ambiguous, invalid, type ParseContext, type ParseFailure } from './outcome';
import { normalizeName } from '../text/normalize';

export type UseReading =
  /** `guesses`: what the reading took the words to mean beyond what they say, for the clinician to check. */
  | { kind: 'use'; use: MedicationUse; notes: MedicineNote[]; guesses: Guess[] }
  /** Named only as planned, refused, an allergy or intolerance, or not yet started: no use to record. */
  | { kind: 'not-taken' }
  | { kind: 'problem'; problem: ParseFailure };

/** The drug's name in the answer: as typed, and where it ends in the words read. */
export interface NameAt {
  typed: string;
  end: number;
}

/** A regimen given once a week or less often: a date of its latest dose may not be a stop. */
const WEEK_HOURS = 168;

/** Reads one medicine's part of the answer; `text` is that part with the drug's name blanked out. */
export function readUse(text: string | TracedText, drug: Drug, fact: MedicationFact, context: ParseContext, name?: NameAt): UseReading {
  const phrase = readMedicationPhrase(text, context.today, name?.end ?? 0);
  const problem = (outcome: ParseFailure): UseReading => ({ kind: 'problem', problem: outcome });
  if (phrase.negative) return problem(invalid({ code: 'negative-dose', drug: drug.code }));
  if (phrase.notTaken) return { kind: 'not-taken' };
  const unreadNumber = phrase.unread.find((w) => /\d/.test(w));
  if (unreadNumber !== undefined) return problem(invalid({ code: 'unread-dose', text: unreadNumber, drug: drug.code }));
  if (phrase.negatedAfterName) return problem(ambiguous({ code: 'unread-negation', drug: drug.code, unread: phrase.unread }));
  if (phrase.notPlain) return problem(ambiguous({ code: 'not-plain', drug: drug.code }));
  const named = Object.entries(drug.routeInName ?? {}).find(([n]) => normalizeName(n) === normalizeName(name?.typed ?? ''))?.[1];
  const routes = [...new Set([...phrase.routes, ...(named ? [named] : [])])];
  if (routes.length > 1) return problem(ambiguous({ code: 'which-route', drug: drug.code, routes }));

  if (phrase.steps.some((s) => s.role === 'unclear')) return problem(invalid({ code: 'several-doses', drug: drug.code, doses: phrase.steps.map((s) => s.dose.quote) }));
  const currentSteps = phrase.steps.filter((s) => s.role === 'current');
  if (currentSteps.length > 1) return problem(ambiguous({ code: 'which-current-dose', drug: drug.code, doses: currentSteps.map((s) => s.dose.quote) }));
  // A medicine stopped with only a dose said to be earlier ("self stopped prednisone in Feb (was 7.5 mg)", "was
  // on pred 20 until March"): that dose was its last. Not stopped, what is taken now is not said ("was on pred 20").
  const onlyEarlier = phrase.steps.filter((s) => s.role === 'earlier');
  const ended = phrase.past || phrase.dated.some((d) => d.until);
  if (currentSteps.length === 0 && onlyEarlier.length > 0 && !ended) return problem(ambiguous({ code: 'only-earlier-dose', drug: drug.code, doses: onlyEarlier.map((s) => s.dose.quote) }));
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
    return problem(ambiguous({ code: 'still-given', drug: drug.code, latest: stopped ?? { earliest: context.today, latest: context.today } }));
  }
  // A course given as its length or count, or a drug given in courses named alone ("IVIG"), is over once
  // given: without a date it is not known when.
  const unplaced = phrase.course || (drug.givenInCourses && !regular && phrase.dates.mentions.length === 0);
  if (unplaced && !started && !stopped && !phrase.past) return problem(ambiguous({ code: 'when-given', drug: drug.code }));
  if (phrase.lasting && !current && !phrase.course) return problem(ambiguous({ code: 'taken-for', drug: drug.code }));
  if (started && stopped && started.earliest > stopped.latest) return problem(invalid({ code: 'stopped-before-started', drug: drug.code, stopped, started }));

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

function notesOf(use: MedicationUse, reads: readonly DoseRead[], currentRead: DoseRead | undefined, phrase: MedicationPhrase, drug: Drug): MedicineNote[] {
  const entered = currentRead?.doseEntered ?? '';
  const why = (noDaily: NonNullable<DoseRead['noDaily']>): MissingPart[] => {
    switch (noDaily) {
      case 'per-body':
        return [{ what: 'per-body', entered, per: currentRead?.per ?? 'kg' }];
      case 'not-mass':
      case 'no-frequency':
      case 'as-needed':
        return [{ what: noDaily, entered }];
      case 'spaced-course':
        return [];
    }
  };
  const missing: MissingPart[] = [
    ...(!currentRead ? [{ what: 'dose' as const }] : currentRead.noDaily ? why(currentRead.noDaily) : []),
    ...(use.current && !use.started ? [{ what: 'started' as const }] : []),
    ...(!use.current && !use.stopped ? [{ what: 'stopped' as const }] : []),
  ];
  const assumedUnits = reads.flatMap((r) => (r.assumedUnit ? [{ amount: r.amountText, unit: r.assumedUnit }] : []));
  return [
    ...(missing.length > 0 ? [{ code: 'not-given' as const, drug: drug.code, missing }] : []),
    ...(assumedUnits.length > 0 ? [{ code: 'unit-assumed' as const, drug: drug.code, doses: assumedUnits }] : []),
    ...(use.assumed?.includes('frequency') ? [{ code: 'frequency-assumed' as const, drug: drug.code, daily: drug.dailyUnlessSaid !== undefined }] : []),
    ...(phrase.unread.length > 0 ? [{ code: 'not-understood' as const, words: phrase.unread }] : []),
  ];
}

type MissingPart = Extract<MedicineNote, { code: 'not-given' }>['missing'][number];
