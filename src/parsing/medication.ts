import { AssertionMatcher } from '../assertion/assertionMatcher';
import { daysBefore } from '../dates/calendar';
import type { Guess } from '../domain/guess';
import type { MedicationFact } from '../domain/factDefinition';
import type { KnownFactValue, MedicationUse } from '../domain/factValue';
import type { MedicineNote } from '../domain/reading';
import type { Drug } from '../domain/vocabulary';
import type { Vocabulary } from '../engine/compileContext';
import { normalizeName } from '../text/normalize';
import { findDates } from './datePhrase';
import { deniesWholePeriod, reachesLookback } from './deniedPeriod';
import { TracedText } from '../text/tracedText';
import { tracedMedicationWords } from './chineseMedicationWords';
import { DrugFinder, type DrugMention } from './drugMention';
import { blank, readMedicationPhrase, SWITCHED_TO } from './medicationPhrase';
import { readUse } from './medicationUse';
import { ambiguous, invalid, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer } from './wholeAnswers';

/** "no steroids", "never had immunosuppressants": a negation that names no medicine means none. */
const NEGATION = /^\s*(?:no|none|nil|never|not\s+(?:had|given)(?:\s+any)?)\b/i;
/**
 * "not on steroids", "not taking any": what is taken now, while the question reaches back over its whole period,
 * so it is none only with that period said ("not on steroids in the last year").
 */
const NOW_ONLY = /^\s*(?:(?:the\s+)?(?:patient|pt|she|he)\s+)?(?:is\s+)?(?:not\s+(?:currently\s+)?(?:on|taking|receiving)|currently\s+not\s+on|off)(?:\s+any)?\b/i;
/**
 * Doubt about the whole answer ("I think she had pred in the spring but not sure", "telitacicept? I'd have to
 * check", "none that I'm aware of"): recorded as unknown, never as a use or as none.
 */
const DOUBT =
  /\?|\b(?:not\s+sure|unsure|not\s+certain|i\s+think|i\s+believe|i'?d\s+have\s+to\s+check|need\s+to\s+check|(?:that\s+)?i'?m\s+aware\s+of|as\s+far\s+as\s+i\s+know|to\s+my\s+knowledge|afaik|can'?t\s+remember|don'?t\s+remember|don'?t\s+know|not\s+known|maybe|perhaps|possibly|probably)\b/i;

/** A negation just before a medicine's name: "no prednisone", "not on MMF", "never had rituximab", "patient is not on HCQ". */
const NEGATED_BEFORE = /^(?:(?:in\s+the\s+)?(?:last|past)\s+\d+\s+(?:years?|months?|weeks?)\s+)?(?:(?:the\s+)?(?:patient|pt|she|he)\s+)?(?:(?:now|currently|at\s+present)\s+)?(?:(?:is|was|has|had|have)\s+)?(?:(?:now|currently)\s+)?(?:no|nil|without|not|never)(?:\s+(?:on|taking|taken|given|had|took|received|receiving|used|using|been\s+on|been\s+given))?(?:\s+(?:any|a|an))?\s*$/i;
/** A negation just after it: "prednisone: none", "MMF - no", "rituximab never", "HCQ not taken". */
const NEGATED_AFTER = /^\s*[:=–—-]?\s*(?:none|no|nil|never|not\s+(?:taken|given|used|on\s+it))\s*[.!]?\s*$/i;
const ONLY = /\bonly\b/i;
/** A class named with a negation ("on no DMARD since", "no other steroids"). */
const CLASS_DENIED = /\b(?:no|not|never|nil|none)\b/i;
/** Words that put a whole class in the past: "stopped all steroids in 2024". */
const CLASS_STOPPED = /\b(?:stopped|discontinued|ceased|off|finished|ended|completed|no\s+longer)\b/i;

/** Right before a medicine's name, the words saying it was the one before: "switched from", "changed over from". */
const SWITCHED_FROM = /\b(?:switched|changed|converted|moved)\s+(?:over\s+)?from\s*$/i;

/** Between medicines: "prednisone 10 mg daily and MMF 1 g bid", "…; HCQ 200 mg". Commas are not: "IV cyclophosphamide, stopped March 2026". */
const BETWEEN_MEDICINES = /\s*(?:;|\+|&|\band\b|\bplus\b)\s*/i;

interface Segment {
  mention: DrugMention;
  /** The medicine's part of the answer, positions as in `mention`, traced to the words typed. */
  text: TracedText;
}

export function parseMedication(typed: string, fact: MedicationFact, context: ParseContext): ParseOutcome {
  const { vocabulary, today } = context;
  const noneValue: KnownFactValue = { kind: 'medication', uses: [], entered: typed };
  // Read in the timeline words the reader knows, so that a Chinese denial ("没用过泼尼松") is one as "no prednisone" is.
  const traced = tracedMedicationWords(TracedText.of(typed));
  const entered = traced.text;
  const none: ParseOutcome = { kind: 'value', value: noneValue, reading: { as: 'no-medicines' } };
  if (isNoneAnswer(entered, vocabulary.words)) return none;
  if (DOUBT.test(entered)) return { kind: 'unknown', value: { kind: 'unknown', entered: typed } };
  const covered = [...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c)));
  const finder = DrugFinder.of(vocabulary.drugs);
  const nowOnly = NOW_ONLY.test(entered);
  if (NEGATION.test(entered) || nowOnly) {
    const named = finder.find(entered);
    if (named.kind !== 'ambiguous' && named.mentions.length === 0) {
      if (nowOnly && !reachesLookback(entered, fact)) return ambiguous({ code: 'now-only', entered: typed, fact: fact.id });
      if (deniesWholePeriod(entered, fact, today, AssertionMatcher.of(vocabulary.assertion))) return none;
      return ambiguous({ code: 'period-part-only', entered: typed, fact: fact.id });
    }
  }

  const segments: Segment[] = [];
  for (const tracedPart of traced.split(BETWEEN_MEDICINES).filter((p) => p.text.trim() !== '')) {
    const part = tracedPart.text;
    const found = finder.find(part);
    if (found.kind === 'ambiguous') return ambiguous({ code: 'which-drug', text: found.text, drugs: found.drugs.map((d) => d.code) });
    const previous = segments.at(-1);
    if (found.mentions.length === 0) {
      const wholeClass = classNamed(part, fact, vocabulary);
      if (wholeClass && part.trim() === entered) return wholeClassStopped(part, wholeClass, fact, context, noneValue);
      // "She stopped leflunomide 2 months ago …; has been on no DMARD since": the class denied after what was stopped.
      if (wholeClass && previous && CLASS_DENIED.test(part)) continue;
      const saysMore = readMedicationPhrase(part, today).unread.length > 0;
      // A question about one medicine answered without its name ("20 g daily for 5 days" for IVIG) is about that one.
      if (!previous && !saysMore && covered.length === 1) {
        segments.push({ mention: { drug: covered[0]!, index: 0, end: 0, score: 1 }, text: tracedPart });
        continue;
      }
      // A part naming no medicine continues the one before ("… and stable for 3 months") if it says nothing else.
      if (!previous || saysMore) return invalid({ code: 'no-medicine', text: tracedPart.written, fact: fact.id });
      previous.text = previous.text.concat(tracedPart, '; ');
      continue;
    }
    // Several medicines in one part ("prednisone 10 mg, previously MMF"): each starts after the last comma before its
    // name, or with the words that say it was switched from ("tacrolimus since March (switched from MMF)").
    const starts = found.mentions.map((mention, i) => {
      const previousEnd = found.mentions[i - 1]?.end;
      if (previousEnd === undefined) return 0;
      const between = part.slice(previousEnd, mention.index);
      const from = SWITCHED_FROM.exec(between);
      if (from) return previousEnd + from.index;
      const comma = between.lastIndexOf(',');
      return comma === -1 ? mention.index : previousEnd + comma + 1;
    });
    found.mentions.forEach((mention, i) => {
      const start = starts[i]!;
      const end = starts[i + 1] ?? part.length;
      segments.push({ mention: { ...mention, index: mention.index - start, end: mention.end - start }, text: tracedPart.slice(start, end) });
    });
  }

  // A medicine no question covers ("+ folic acid") is left out, with its words.
  const unscreened = segments.filter(({ mention }) => !screened(mention.drug, vocabulary));
  const asked = segments.filter((segment) => !unscreened.includes(segment));
  if (asked.length === 0) return invalid({ code: 'name-medicines', fact: fact.id });
  // "no prednisone": that medicine is not taken, never "prednisone, dose not given".
  const negated = asked.filter(({ mention, text: { text } }) => NEGATED_BEFORE.test(text.slice(0, mention.index).replace(/^[\s,;.]+/, '')) || NEGATED_AFTER.test(text.slice(mention.end)));
  const taken = asked.filter((segment) => !negated.includes(segment));
  // Only that medicine: "none at all" is what it would take to record none, so it is asked.
  if (taken.length === 0) return { kind: 'follow-up', pending: noneValue, reading: { as: 'no-medicines' }, followUp: { kind: 'none-at-all' } };
  const uses: MedicationUse[] = [];
  const notTaken: string[] = [];
  const guesses = new Set<Guess>();
  const notes: MedicineNote[] = [
    ...negated.map(({ mention }): MedicineNote => ({ code: 'not-taken', drug: mention.drug.code })),
    ...unscreened.map(({ mention, text }): MedicineNote => ({ code: 'not-asked', typed: text.sourceOf(mention.index, mention.end) })),
  ];
  for (const { mention, text: traced } of sameDrugTogether(taken)) {
    const { text } = traced;
    const typed = traced.sourceOf(mention.index, mention.end);
    if (!mention.drug.classes.some((c) => fact.classes.includes(c))) return invalid({ code: 'not-in-class', typed, drug: mention.drug.code, fact: fact.id });
    if (mention.score < 1) notes.push({ code: 'read-as', typed, drug: mention.drug.code });
    const reading = readUse(traced.withText(blank(text, [mention])), mention.drug, fact, context, { typed, end: mention.end });
    if (reading.kind === 'problem') return reading.problem;
    if (reading.kind === 'not-taken') {
      notTaken.push(mention.drug.code);
      continue;
    }
    // "methylprednisolone 40 mg qd from 28/6, changed to prednisone 30 mg qd on 3/7": the one before was stopped then.
    const before = uses.at(-1);
    if (before?.current && !before.stopped && reading.use.started && SWITCHED_TO.test(text.slice(0, mention.index))) {
      uses[uses.length - 1] = { ...before, current: false, stopped: reading.use.started };
    }
    uses.push(reading.use);
    notes.push(...reading.notes);
    for (const guess of reading.guesses) guesses.add(guess);
  }
  // A medicine stopped before the question's period is no answer to it; one stopped about then is asked about.
  const lookbackStart = daysBefore(today, fact.lookback);
  const straddling = uses.find((u) => u.stopped && u.stopped.earliest < lookbackStart && u.stopped.latest >= lookbackStart);
  if (straddling) return ambiguous({ code: 'stopped-about-lookback', drug: straddling.drug, fact: fact.id, day: lookbackStart });
  const stoppedBefore = (u: MedicationUse) => u.stopped !== undefined && u.stopped.latest < lookbackStart;
  const historical = uses.filter(stoppedBefore).map((u) => u.drug);
  const recent = uses.filter((u) => !stoppedBefore(u));
  const notRecorded: MedicineNote[] = [
    ...(notTaken.length > 0 ? [{ code: 'planned' as const, drugs: notTaken }] : []),
    ...(historical.length > 0 ? [{ code: 'stopped-before-period' as const, drugs: historical }] : []),
  ];
  if (recent.length === 0) {
    // "none — plan to start MMF next week" is none; "plan to start MMF next week" alone says nothing of the period.
    // "IVIG in 2023 only": nothing since.
    const onlyThen = historical.length > 0 && notTaken.length === 0 && ONLY.test(entered);
    if (NEGATION.test(entered) || onlyThen) return { ...none, reading: { as: 'no-medicines', notes: notRecorded } };
    return ambiguous({ code: 'nothing-in-period', fact: fact.id, notTaken, historical });
  }
  const reading = { as: 'medicines' as const, notes: [...notes, ...notRecorded] };
  return { kind: 'value', value: { kind: 'medication', uses: recent, entered: typed }, reading, ...(guesses.size > 0 ? { guesses: [...guesses] } : {}) };
}

/** Whether any medication question covers the drug: one none does ("folic acid") is no answer to any. */
function screened(drug: Drug, vocabulary: Vocabulary): boolean {
  return [...vocabulary.facts.values()].some((f) => f.type === 'medication' && drug.classes.some((c) => f.classes.includes(c)));
}

/**
 * Parts about the same drug read as one course ("pred 30 in May; pred 10 now"): each part's name is blanked
 * out, and the first part's name is where the words start.
 */
function sameDrugTogether(segments: readonly Segment[]): Segment[] {
  const byDrug = new Map<string, Segment[]>();
  for (const segment of segments) byDrug.set(segment.mention.drug.code, [...(byDrug.get(segment.mention.drug.code) ?? []), segment]);
  return [...byDrug.values()].map(([first, ...others]) =>
    others.length === 0 ? first! : { mention: first!.mention, text: others.reduce((joined, o) => joined.concat(o.text.withText(blank(o.text.text, [o.mention])), '; '), first!.text) },
  );
}

/** The fact's class named as a whole ("steroids", "immunosuppressants"), by the names drugs.yaml gives classes. */
function classNamed(text: string, fact: MedicationFact, vocabulary: Vocabulary): string | undefined {
  const padded = ` ${normalizeName(text)} `;
  return fact.classes
    .flatMap((c) => vocabulary.drugClasses.get(c)?.names ?? [])
    .find((name) => padded.includes(` ${normalizeName(name)} `));
}

/**
 * "stopped all steroids in 2024": none in the question's period when the stop is before it; otherwise the
 * medicines are needed by name (their doses and dates matter), and a stop without a date is asked about.
 */
function wholeClassStopped(text: string, className: string, fact: MedicationFact, context: ParseContext, none: KnownFactValue): ParseOutcome {
  if (!CLASS_STOPPED.test(text)) return invalid({ code: 'name-class', className, fact: fact.id });
  const [stop, ...others] = findDates(text, context.today).mentions;
  if (!stop || others.length > 0) return invalid({ code: 'class-stop-when', className, fact: fact.id });
  if (stop.kind === 'problem') return stop.problem;
  if (stop.interval.latest < daysBefore(context.today, fact.lookback)) return { kind: 'value', value: none, reading: { as: 'no-medicines', stopped: stop.interval } };
  return invalid({ code: 'class-stopped-within', className, fact: fact.id, stopped: stop.interval });
}

