import type { FactDefinition } from '../domain/factDefinition';
import type { Guess } from '../domain/guess';
import type { Reading } from '../domain/reading';
import type { UnclearFact } from '../domain/unclearReason';
import type { DayInterval, KnownFactValue } from '../domain/factValue';
import { choicesOf } from '../engine/compileContext';
import type { ParseContext } from '../parsing/outcome';
import type { Finding, Settled } from './findings';
import type { IdentifierKind } from './identifierKind';
import { countByKind, findIdentifiers, masked } from './identifiers';
import { readSentence } from './mentions';
import { mergeFindings } from './mergeFindings';
import type { Span } from './span';
import { readMention, withMedicineSegments, type OptionPlace } from './readMention';
import { sexFromPronouns } from './readPronouns';
import { readTitles } from './readTitle';
import { readDate } from './readDate';
import { sentenceSpans } from './sentences';
import { halfWidth } from '../text/halfWidth';
import { sectionsOf } from './sections';
import { AssertionMatcher } from '../assertion/assertionMatcher';
import { SummaryLexicon } from './summaryLexicon';

export type { IdentifierKind } from './identifierKind';

export interface ReadFact {
  /** A fact id from the catalog (facts.yaml, or a trial's own facts). */
  fact: string;
  /** Exactly what parseAnswer records for the words read. */
  value: KnownFactValue;
  /** How it was understood, as parseAnswer's `reading` echoes it. */
  reading: Reading;
  /** The words it came from, verbatim from the pasted text (identifiers blanked out). */
  source: string;
  /** When a lab value was measured, when the summary says ("Plt 27 (12 Nov 2026)"). */
  measured?: DayInterval;
  /** What the reading took the words to mean beyond what they say (a unit assumed, a date worked out, a dose inferred). */
  guesses: Guess[];
}

export interface SummaryReading {
  /** At most one per fact id; a medication fact holds every medicine of its class named. */
  facts: ReadFact[];
  /** Read but ambiguous: never guessed, the conversation asks it. */
  unclear: UnclearFact[];
  /** Identifiers recognised and ignored: their kind and count, never their text. */
  ignored: { kind: IdentifierKind; count: number }[];
  /** Present when the text was longer than a summary is read: how many characters were (the rest was not). */
  readUpTo?: number;
}

/**
 * A referral summary fits in a few thousand characters; a longer paste is read up to the last line or sentence
 * end before this, which bounds the time one message can take (every name found costs a date search).
 */
export const MAX_SUMMARY_LENGTH = 4000;

/**
 * Reads a pasted de-identified summary into facts of the catalog. Identifiers are found first and blanked
 * out, so nothing after can quote them. Each sentence is split (natural's sentence tokenizer), the catalog's
 * names found in it, each name's words read by the project's own parsers, and what the summary says about a
 * fact put together: a fact is read only when the words settle it; doubt, disagreement or only part of an
 * answer make it a question instead.
 */
export function readSummary(pasted: string, context: ParseContext): SummaryReading {
  const text = halfWidth(cut(pasted));
  const lexicon = SummaryLexicon.of(context.vocabulary);
  const identifiers = findIdentifiers(text, lexicon.isKnownWord);
  const clean = masked(text, identifiers);
  const findings: Finding[] = [];
  const places: OptionPlace[] = [];
  const sentences = sentenceSpans(clean);
  const sectionOf = sectionsOf(clean, AssertionMatcher.of(context.vocabulary.assertion));
  sentences.forEach((span, k) => {
    const sentence = readSentence(clean, span, lexicon, sectionOf(span));
    const perMention = sentence.mentions.map((_, i) => readMention(sentence, i, lexicon, context, places));
    findings.push(...withMedicineSegments(sentence, perMention, sentences[k - 1] ?? span).flat());
  });
  findings.push(...readTitles(clean, identifiers, lexicon, context));
  const bySex = sexFromPronouns(clean, lexicon, (id) => findings.some((f) => f.fact.id === id));
  if (bySex) findings.push(bySex);
  const merged = new Map<FactDefinition, Settled | undefined>();
  const settle = (fact: FactDefinition) => {
    if (!merged.has(fact)) merged.set(fact, mergeFindings(fact, findings.filter((f) => f.fact === fact), clean, context, takenByOtherFacts(fact, findings, context)));
    return merged.get(fact);
  };
  // The words of a choice date other facts only once the choice is settled to them ("SLE (2017)" dates no main diagnosis that is asked).
  const dated = datedByWordsOf(places, lexicon, context, settle);
  for (const fact of new Set(dated.map((f) => f.fact))) merged.delete(fact);
  findings.push(...dated);

  const settled = [...new Set(findings.map((f) => f.fact))]
    .map(settle)
    .filter((s) => s !== undefined)
    .sort((a, b) => a.source.index - b.source.index);

  // Verbatim but for spacing, list markers and the punctuation a stretch ends on ("pred 10 mg daily since 2025").
  const quoted = (span: Span) => clean.slice(span.index, span.end).replace(/\s+/g, ' ').replace(/^[\s•·*–-]+|[\s,;:(+–—-]+$/g, '');
  return {
    facts: settled.flatMap((s) =>
      // What was entered is the clinician's words, never the words a reader passed on for them ("normal", "yes").
      s.kind === 'value' ? [{ fact: s.fact.id, value: { ...s.value, entered: quoted(s.source) }, reading: s.reading, source: quoted(s.source), guesses: s.guesses ?? [], ...(s.measured ? { measured: s.measured } : {}) }] : [],
    ),
    unclear: settled.flatMap((s) => (s.kind === 'unclear' ? [{ fact: s.fact.id, source: quoted(s.source), reason: s.reason }] : [])),
    ignored: countByKind(identifiers),
    ...(text.length < pasted.length ? { readUpTo: text.length } : {}),
  };
}

/** The text up to MAX_SUMMARY_LENGTH, ending where a line or a sentence ends when one does in the last quarter. */
function cut(text: string): string {
  if (text.length <= MAX_SUMMARY_LENGTH) return text;
  const head = text.slice(0, MAX_SUMMARY_LENGTH);
  const end = Math.max(head.lastIndexOf('\n'), head.lastIndexOf('. ') + 1);
  return end > MAX_SUMMARY_LENGTH * 0.75 ? head.slice(0, end) : head;
}

/** "SLE since 2015": the facts dated by the words a choice was read from (the diagnosis date), wherever the choice it settles to is named. */
function datedByWordsOf(places: readonly OptionPlace[], lexicon: SummaryLexicon, context: ParseContext, settle: (fact: FactDefinition) => Settled | undefined): Finding[] {
  const chosen = (fact: FactDefinition) => {
    const settled = settle(fact);
    return settled?.kind === 'value' && settled.value.kind === 'choice' ? settled.value.value : undefined;
  };
  return places
    .filter(({ finding }) => chosen(finding.fact) === finding.code)
    .flatMap(({ finding, sentence, i }) =>
      lexicon
        .namedByWordsOfFact(finding.fact)
        .flatMap((dated) => (dated.type === 'date' ? [readDate({ sentence, i, polarity: 'present', part: false }, dated, context, true)] : []))
        .filter((f): f is Finding => f !== undefined),
    );
}

/**
 * The options of `fact` that a set fact over the same options took ("SLE with secondary Sjögren's": Sjögren's
 * is another diagnosis), which therefore do not compete for the choice.
 */
function takenByOtherFacts(fact: FactDefinition, findings: readonly Finding[], context: ParseContext): Set<string> {
  if (fact.type !== 'choice') return new Set();
  const options = choicesOf(context.vocabulary, fact);
  return new Set(findings.flatMap((f) => (f.kind === 'options' && choicesOf(context.vocabulary, f.fact) === options ? f.present : [])));
}
