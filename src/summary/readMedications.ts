import { medicationWordsInEnglish } from '../parsing/chineseMedicationWords';
import { AssertionMatcher } from '../assertion/assertionMatcher';
import type { MedicationFact } from '../domain/factDefinition';
import type { ParseContext } from '../parsing/outcome';
import { deniesWholePeriod, reachesLookback } from '../parsing/deniedPeriod';
import { blank, readMedicationPhrase } from '../parsing/medicationPhrase';
import { DrugFinder, namesSomethingElse } from '../parsing/drugMention';
import { parseAnswer } from '../parsing/parseAnswer';
import type { MedicationUse } from '../domain/factValue';
import type { UnclearReason } from '../domain/unclearReason';
import { parsedFinding, type Finding, type Settled } from './findings';
import { medicineWords, saysNothing } from './medicineWords';
import type { Polarity } from './polarity';
import { spanning, type Span } from './span';

type Medicine = Extract<Finding, { kind: 'medicine' }>;
type ClassMention = Extract<Finding, { kind: 'class' }>;

/** Mentions the assertion rules read as not taking it: planned ("to start MTX"), or an allergy ("allergic to AZA"). */
const NOT_TAKEN: ReadonlySet<Polarity> = new Set(['planned', 'allergy']);

/** Past-use words the medication parser does not know: with them a medicine read as taken now may not be ("failed MTX"). */
const PAST_HINTS = /\b(?:failed|fail(?:s|ure)?|intoleran(?:t|ce)|tried|trial|weaned|that|after|induction|induced)\b/i;
/** A line listing allergies or intolerances: a medicine named there is not taken ("Allergies: penicillin (rash). Codeine (vomiting)."). */
const ALLERGY_LINE = /^[\s\-•*]*(?:allerg(?:y|ies)|drug\s+allerg(?:y|ies)|intolerances?|adverse\s+(?:drug\s+)?reactions?|ADRs?)\s*[:：-]/i;

/**
 * One medication fact from everything the summary says about its class: each medicine's words parsed as an
 * answer to the fact's question, all of them in one value. A class denied as a whole ("no steroids",
 * "never treated with IVIG") is none; anything short of plain words is asked.
 */
export function readMedicationFact(
  fact: MedicationFact,
  findings: readonly (Medicine | ClassMention)[],
  text: string,
  context: ParseContext,
): Settled | undefined {
  // "FVC 68% pred", "a TCM doctor": a drug's name used for something else.
  const medicines = findings.filter((f): f is Medicine => f.kind === 'medicine' && !namesSomethingElse(text, f.name));
  // "Not on steroids in the last year", "近12个月未用激素" are not now only: they reach as far back as the question.
  const classes = findings
    .filter((f): f is ClassMention => f.kind === 'class')
    .map((c) => (c.polarity === 'absent-now' && reachesLookback(medicationWordsInEnglish(text.slice(c.source.index, c.source.end)), fact) ? { ...c, polarity: 'absent' as const } : c));
  const unclear = (spans: readonly Span[], reason: UnclearReason): Settled => ({ kind: 'unclear', fact, source: spanning(spans), reason });
  const wordsOf = (f: Medicine | ClassMention) => (f.kind === 'medicine' ? f.segment : f.source);

  const read = medicines
    .filter((m) => m.polarity === 'present' || m.polarity === 'uncertain')
    .map((medicine) => {
      const words = medicineWords(text, wrapped(text, medicine.segment, medicine.name, context), medicine.name, medicine.before, context.today);
      // Read as the parser reads an answer: the name blanked out, where it ends known.
      const name = text.slice(medicine.name.index, medicine.name.end);
      const at = words.indexOf(name);
      const phrase = at === -1 ? readMedicationPhrase(words, context.today) : readMedicationPhrase(blank(words, [{ index: at, end: at + name.length }]), context.today, at + name.length);
      return { medicine, words, phrase };
    });
  // A medicine only planned, refused or an allergy is not taken, and no doubt about what is.
  const notTaken = [
    ...read.filter((r) => r.phrase.notTaken || ALLERGY_LINE.test(lineBefore(text, r.medicine.name.index))).map((r) => r.medicine),
    ...medicines.filter((m) => NOT_TAKEN.has(m.polarity)),
  ];
  const taken = read.filter((r) => !notTaken.includes(r.medicine) && r.medicine.polarity === 'present');
  const doubtful = [...read.filter((r) => !notTaken.includes(r.medicine) && r.medicine.polarity === 'uncertain').map((r) => r.medicine), ...medicines.filter((m) => m.polarity === 'absent-now'), ...classes].find(
    (f) => f.polarity === 'uncertain' || f.polarity === 'absent-now' || (f.kind === 'class' && NOT_TAKEN.has(f.polarity)),
  );
  if (doubtful) return unclear([wordsOf(doubtful)], { code: doubtful.polarity === 'absent-now' ? 'now-only' : 'doubt' });
  const denied = classes.filter((c) => c.polarity === 'absent');
  // "Never received steroids >10 mg", "no steroids this year": a denial of some doses or of a shorter time is of a part.
  const whole = (c: ClassMention) => !c.part && deniesWholePeriod(text.slice(c.source.index, c.source.end), fact, context.today, AssertionMatcher.of(context.vocabulary.assertion));
  const deniedAsWhole = [...denied.filter(whole), ...medicines.filter((m) => m.polarity === 'absent' && onlyDrugOf(m, context))];
  const deniedInPart = denied.filter((c) => !whole(c));
  if (taken.length === 0) {
    if (deniedAsWhole.length > 0) return parsedFinding('none', fact, wordsOf(deniedAsWhole[0]!), context);
    if (deniedInPart.length > 0) return unclear(deniedInPart.map((c) => c.source), { code: 'partial' });
    if (notTaken.length > 0) return unclear(notTaken.map((m) => m.segment), { code: 'status', drug: notTaken[0]!.drug.code });
    const named = classes.filter((c) => c.polarity === 'present');
    return named.length > 0 ? unclear(named.map((c) => c.source), { code: 'which' }) : undefined;
  }
  // "No prior steroids or immunosuppressants. Course: prednisone 60 mg …": a denial of the time before is no conflict.
  const matcher = AssertionMatcher.of(context.vocabulary.assertion);
  const deniedNow = deniedAsWhole.filter((f) => matcher.triggersIn(text.slice(wordsOf(f).index, wordsOf(f).end), ['historical']).length === 0);
  if (deniedNow.length > 0) return unclear([...taken.map((r) => r.medicine), ...deniedNow].map(wordsOf), { code: 'conflict' });

  // "LMWH enoxaparin 40 mg": a drug named twice in a row is one medicine, told by the words that say something.
  const told = taken.filter((r, k) => !saysNothing(r.phrase) || !taken.some((o, j) => j !== k && o.medicine.drug === r.medicine.drug && (!saysNothing(o.phrase) || j < k)));
  for (const { medicine, words, phrase } of told) {
    // A month the medication parser left unread is a date it did not understand.
    if (phrase.unreadMonth) return unclear([medicine.segment], { code: 'unread-date', drug: medicine.drug.code });
    // A past-use hint says nothing more of a medicine read as stopped ("Adalimumab Jun 2025 – Jan 2026, secondary failure").
    const plain = !phrase.notPlain && (phrase.past || !PAST_HINTS.test(words) || readAsStopped(words, fact, context));
    if (!plain) return unclear([medicine.segment], { code: 'status', drug: medicine.drug.code });
  }
  const kept = oneMentionPerDrug(told, fact, context);
  if ('kind' in kept) return unclear(kept.spans, { code: 'conflict' });
  const answer = kept.map((r) => r.words.trim()).join('; ');
  return parsedFinding(answer, fact, spanning(taken.map((r) => r.medicine.segment)), context);
}

type Read = { medicine: Medicine; words: string };

/**
 * A drug named in several places ("Previously on HCQ 200 mg bd …", "HCQ continued, 200 mg bd"): the words that
 * say the most, when the others say nothing it does not; words that disagree are asked about, never joined.
 */
function oneMentionPerDrug(reads: readonly Read[], fact: MedicationFact, context: ParseContext): Read[] | { kind: 'conflict'; spans: Span[] } {
  const byDrug = new Map<string, Read[]>();
  for (const r of reads) byDrug.set(r.medicine.drug.code, [...(byDrug.get(r.medicine.drug.code) ?? []), r]);
  const kept: Read[] = [];
  for (const group of byDrug.values()) {
    if (group.length === 1) {
      kept.push(group[0]!);
      continue;
    }
    const uses = group.map((r) => {
      const outcome = parseAnswer(r.words, fact, context);
      return outcome.kind === 'value' && outcome.value.kind === 'medication' && outcome.value.uses.length === 1 ? recorded(outcome.value.uses[0]!) : undefined;
    });
    const richest = uses.reduce((best, u, i) => (u && Object.keys(u).length > Object.keys(uses[best] ?? {}).length ? i : best), 0);
    const agree = uses.every((u) => u && uses[richest] && Object.entries(u).every(([key, value]) => JSON.stringify(value) === JSON.stringify(uses[richest]![key])));
    if (!agree) return { kind: 'conflict', spans: group.map((r) => r.medicine.segment) };
    kept.push(group[richest]!);
  }
  return kept;
}

function readAsStopped(words: string, fact: MedicationFact, context: ParseContext): boolean {
  const outcome = parseAnswer(words, fact, context);
  return outcome.kind === 'value' && outcome.value.kind === 'medication' && outcome.value.uses.length > 0 && outcome.value.uses.every((u) => !u.current);
}

/** What a use records, without the words it was read from. */
function recorded({ doseEntered: _entered, assumed: _assumed, earlierDoses, ...rest }: MedicationUse): Record<string, unknown> {
  return { ...rest, ...(earlierDoses ? { earlierDoses: earlierDoses.map(({ doseEntered: _e, ...dose }) => dose) } : {}) };
}

/** "Never treated with IVIG": denying the only medicine of the class denies the class. */
function onlyDrugOf(medicine: Medicine, context: ParseContext): boolean {
  return [...context.vocabulary.drugs.values()].every((d) => d.code === medicine.drug.code || !d.classes.some((c) => medicine.fact.classes.includes(c)));
}

/** The line a position is on, up to it. */
function lineBefore(text: string, index: number): string {
  return text.slice(text.lastIndexOf('\n', index - 1) + 1, index);
}

/** Where a sentence or a line ends. */
const LINE_END = /[.!?](?=\s|$)|\n/;
/** A line that begins with what only a medicine's words say: how often, how, since or until when ("HCQ 0.2 g\n bid"). */
const GOES_ON = /^[ \t]*(?:bid|bd|b\.i\.d|tid|tds|qid|qds|qd|od|qn|daily|weekly|nocte|mane|iv|po|sc|since|from|until|till|stopped|started)\b/i;
/** A line that cannot end there: on a comma, a word that leads on, an arrow or a dash. */
const LEADS_ON = /(?:,|\b(?:since|from|on|to|and|of|until|till|with|in|at|for|by|then|was|now)|→|->|[–—-])\s*$/i;

/**
 * A medicine's words run on over a wrapped line, when its line cannot end there — it leads on ("then
 * prednisone 60mg qd,", "STOPPED on"), leaves a bracket open ("(reduced"), or ends on the name ("Commenced
 * pred") — or the next line goes on with what only a medicine's words say ("bid", "since"): to where that
 * sentence ends or another medicine's words begin on the next line.
 */
function wrapped(text: string, segment: Span, name: Span, context: ParseContext): Span {
  const lineEnd = text.indexOf('\n', segment.index);
  if (lineEnd === -1 || text.slice(segment.end, lineEnd).trim() !== '') return segment;
  const line = text.slice(segment.index, lineEnd).trimEnd();
  const open = (line.match(/\(/g) ?? []).length > (line.match(/\)/g) ?? []).length;
  const next = text.slice(lineEnd + 1);
  if (!LEADS_ON.test(line) && !open && name.end < segment.index + line.length && !GOES_ON.test(next)) return segment;
  if (/^[ \t]*[-•*·]/.test(next)) return segment;
  const stop = next.search(LINE_END);
  const sentence = next.slice(0, stop === -1 ? next.length : stop);
  const named = DrugFinder.of(context.vocabulary.drugs).find(sentence);
  if (named.kind === 'ambiguous') return segment;
  // Up to the last comma, semicolon or closing bracket before another medicine's name.
  const first = named.mentions[0]?.index;
  const cut = first === undefined ? sentence.length : Math.max(-1, ...[...sentence.slice(0, first).matchAll(/[,;)]/g)].map((m) => m.index + (m[0] === ')' ? 1 : 0)));
  return cut <= 0 ? segment : { index: segment.index, end: lineEnd + 1 + cut };
}
