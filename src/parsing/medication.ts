import { daysBefore, describeDays, describeDuration } from '../dates/calendar';
import type { Guess } from '../domain/guess';
import type { MedicationFact } from '../domain/factDefinition';
import type { KnownFactValue, MedicationUse } from '../domain/factValue';
import type { Vocabulary } from '../engine/compileContext';
import { describeUses } from '../engine/describeValue';
import { normalizeName } from '../text/normalize';
import { findDates } from './datePhrase';
import { DrugFinder, type DrugMention } from './drugMention';
import { blank, readMedicationPhrase } from './medicationPhrase';
import { readUse } from './medicationUse';
import { ambiguous, invalid, listOf, quote, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer } from './wholeAnswers';

/** "no steroids", "not on any immunosuppressants": a negation that names no medicine means none. */
const NEGATION = /^\s*(?:no|none|nil|never|not\s+(?:on|taking|had|given)(?:\s+any)?)\b/i;

/** A negation just before a medicine's name: "no prednisone", "not on MMF", "never had rituximab", "patient is not on HCQ". */
const NEGATED_BEFORE = /^(?:(?:the\s+)?(?:patient|pt|she|he)\s+)?(?:(?:is|was|has|had|have)\s+)?(?:no|nil|without|not|never)(?:\s+(?:on|taking|taken|given|had|took|received|receiving|used|using|been\s+on|been\s+given))?(?:\s+(?:any|a|an))?\s*$/i;
/** A negation just after it: "prednisone: none", "MMF - no", "rituximab never", "HCQ not taken". */
const NEGATED_AFTER = /^\s*[:=–—-]?\s*(?:none|no|nil|never|not\s+(?:taken|given|used|on\s+it))\s*[.!]?\s*$/i;
/** Words that put a whole class in the past: "stopped all steroids in 2024". */
const CLASS_STOPPED = /\b(?:stopped|discontinued|ceased|off|finished|ended|completed|no\s+longer)\b/i;

/** Between medicines: "prednisone 10 mg daily and MMF 1 g bid", "…; HCQ 200 mg". Commas are not: "IV cyclophosphamide, stopped March 2026". */
const BETWEEN_MEDICINES = /\s*(?:;|\+|&|\band\b|\bplus\b)\s*/i;

interface Segment {
  mention: DrugMention;
  /** The medicine's part of the answer, positions as in `mention`. */
  text: string;
}

export function parseMedication(entered: string, fact: MedicationFact, context: ParseContext): ParseOutcome {
  const { vocabulary, today } = context;
  const noneValue: KnownFactValue = { kind: 'medication', uses: [], entered };
  const none: ParseOutcome = { kind: 'value', value: noneValue, summary: `${fact.label}: none in the last ${describeDuration(fact.lookback)}` };
  if (isNoneAnswer(entered)) return none;
  const covered = [...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c)));
  const examples = `This question covers ${fact.label} (e.g. ${listOf(covered.slice(0, 4).map((d) => d.label))}); or answer “none”.`;
  const finder = DrugFinder.of(vocabulary.drugs);
  if (NEGATION.test(entered)) {
    const named = finder.find(entered);
    if (named.kind !== 'ambiguous' && named.mentions.length === 0) return none;
  }

  const segments: Segment[] = [];
  for (const part of entered.split(BETWEEN_MEDICINES).filter((p) => p.trim() !== '')) {
    const found = finder.find(part);
    if (found.kind === 'ambiguous') return ambiguous(`${quote(found.text)}: did you mean ${listOf(found.drugs.map((d) => d.label))}?`);
    const previous = segments.at(-1);
    if (found.mentions.length === 0) {
      const wholeClass = classNamed(part, fact, vocabulary);
      if (wholeClass && part.trim() === entered) return wholeClassStopped(part, wholeClass, fact, context, noneValue);
      // A part naming no medicine continues the one before ("… and stable for 3 months") if it says nothing else.
      if (!previous || readMedicationPhrase(part, today).unread.length > 0) return invalid(`I did not recognise a medicine in ${quote(part)}. ${examples}`);
      previous.text = `${previous.text}; ${part}`;
      continue;
    }
    // Several medicines in one part ("prednisone 10 mg, previously MMF"): each starts after the last comma before its name.
    const starts = found.mentions.map((mention, i) => {
      const previousEnd = found.mentions[i - 1]?.end;
      if (previousEnd === undefined) return 0;
      const comma = part.slice(previousEnd, mention.index).lastIndexOf(',');
      return comma === -1 ? mention.index : previousEnd + comma + 1;
    });
    found.mentions.forEach((mention, i) => {
      const start = starts[i]!;
      const end = starts[i + 1] ?? part.length;
      segments.push({ mention: { ...mention, index: mention.index - start, end: mention.end - start }, text: part.slice(start, end) });
    });
  }

  if (segments.length === 0) return invalid(`Please name the medicines, or answer “none”. ${examples}`);
  // "no prednisone": that medicine is not taken, never "prednisone, dose not given".
  const negated = segments.filter(({ mention, text }) => NEGATED_BEFORE.test(text.slice(0, mention.index).replace(/^[\s,;.]+/, '')) || NEGATED_AFTER.test(text.slice(mention.end)));
  const taken = segments.filter((segment) => !negated.includes(segment));
  // Only that medicine: "none at all" is what it would take to record none, so it is asked.
  if (taken.length === 0) return { kind: 'follow-up', pending: noneValue, summary: none.summary, followUp: { kind: 'none-at-all' } };
  const uses: MedicationUse[] = [];
  const guesses = new Set<Guess>();
  const notes: string[] = negated.map(({ mention }) => `Not taken: ${mention.drug.label}.`);
  for (const { mention, text } of taken) {
    const typed = text.slice(mention.index, mention.end);
    if (!mention.drug.classes.some((c) => fact.classes.includes(c))) {
      return invalid(`${quote(typed)} (${mention.drug.label}) is not ${listOf(fact.classes.map(withArticle))}. ${examples}`);
    }
    if (mention.score < 1) notes.push(`Read ${quote(typed)} as ${mention.drug.label}.`);
    const reading = readUse(blank(text, [mention]), mention.drug, fact, context);
    if (reading.kind === 'problem') return reading.problem;
    uses.push(reading.use);
    notes.push(...reading.notes);
    for (const guess of reading.guesses) guesses.add(guess);
  }
  const summary = [`${fact.label}: ${describeUses(uses, fact, vocabulary)}.`, ...notes].join(' ');
  return { kind: 'value', value: { kind: 'medication', uses, entered }, summary, ...(guesses.size > 0 ? { guesses: [...guesses] } : {}) };
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
  const period = `the last ${describeDuration(fact.lookback)}`;
  if (!CLASS_STOPPED.test(text)) return invalid(`Please name the ${className} (${fact.label}) with their doses, or answer “none”.`);
  const [stop, ...others] = findDates(text, context.today).mentions;
  if (!stop || others.length > 0) return invalid(`When were the ${className} stopped? If it was before ${period}, the answer is “none”.`);
  if (stop.kind === 'problem') return stop.problem;
  if (stop.interval.latest < daysBefore(context.today, fact.lookback)) {
    return { kind: 'value', value: none, summary: `${fact.label}: none in ${period} (stopped ${describeDays(stop.interval)})` };
  }
  return invalid(`The ${className} were stopped ${describeDays(stop.interval)}, within ${period}: please name them, with their doses and when they were stopped.`);
}

function withArticle(drugClass: string): string {
  const name = drugClass.replaceAll('_', ' ');
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
