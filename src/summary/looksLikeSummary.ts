import type { Vocabulary } from '../engine/compileContext';
import { pieceSpans } from './pieces';
import { sentenceSpans } from './sentences';
import { SummaryLexicon } from './summaryLexicon';

/** "Summary: …", "Referral note - …": the clinician says a pasted note follows. */
const ANNOUNCED = /^\s*(?:summary|pasted?\s+summary|referral(?:\s+(?:note|summary))?|note|patient\s+summary)\s*[:\-–—]\s*\S/i;
/** Shorter than this, a text is an answer ("none", "plt 185, Hb 9.6 g/dL"). */
const MIN_LENGTH = 40;
const MIN_FACTS = 3;
/** Before any answer, a note of any length naming this many facts is one ("61F, RPF due to methysergide": age, sex, diagnosis). */
const MIN_FACTS_OPENING = 3;
const MIN_CLAUSES = 3;
const LONG = 100;

/**
 * Whether a message is a pasted summary rather than an answer to the question asked: announced as one, or
 * long enough, in several clauses, naming several facts of the catalog ("47 yo woman, primary Sjögren's…"); or,
 * at the `opening` of a screening (nothing answered yet), any text naming three facts or more, however short.
 */
export function looksLikeSummary(text: string, vocabulary: Vocabulary, opening = false): boolean {
  if (ANNOUNCED.test(text)) return true;
  if (opening) return factsNamed(text, vocabulary).size >= MIN_FACTS_OPENING;
  if (text.trim().length < MIN_LENGTH) return false;
  if (factsNamed(text, vocabulary).size < MIN_FACTS) return false;
  // Clauses are counted in short texts only: splitting sentences costs (a second for 40,000 characters of "a."),
  // and every message is looked at.
  return text.length >= LONG || clauseCount(text) >= MIN_CLAUSES;
}

/** The facts a text names (a drug names its medication facts). */
function factsNamed(text: string, vocabulary: Vocabulary): Set<string> {
  const lexicon = SummaryLexicon.of(vocabulary);
  return new Set(
    lexicon.mentions
      .scan(text)
      .flatMap((m) => m.values)
      .flatMap((e) => (e.kind === 'drug' ? e.facts.map((f) => f.id) : [e.fact.id])),
  );
}

function clauseCount(text: string): number {
  return sentenceSpans(text).flatMap((s) => pieceSpans(text, s)).filter((p) => text.slice(p.index, p.end).trim() !== '').length;
}
