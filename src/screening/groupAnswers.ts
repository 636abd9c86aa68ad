import type { FactDefinition } from '../domain/factDefinition';
import { invalid, quote, type ParseContext, type ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { isNoneAnswer, isUnknownAnswer } from '../parsing/wholeAnswers';
import { readSummary } from '../summary/readSummary';
import { normalizeName } from '../text/normalize';
import { answerField } from './cardFields';
import type { CardData } from './input';

/** "No"/"none" to a whole card, as each of its questions words it: no, never, none. */
function noneFor(fact: FactDefinition): string {
  return fact.type === 'boolean' ? 'no' : fact.type === 'date' ? 'never' : 'none';
}

/** "all no except malignancy", "none apart from splenectomy and ILD": the named items, and the rest as "no". */
const EXCEPT = /^(?:all\s+)?(?:no|none|nil|negative|nothing)\s*,?\s*(?:except(?:\s+for)?|but|apart\s+from|other\s+than|besides|save)\s+(.+)$/i;

/** What each fact of a group was answered with; a fact absent from the map was not answered. */
export type GroupOutcomes = Map<string, ParseOutcome>;

/**
 * A group card submitted: each field read as that question's answer. A field left blank is "not known" (the card
 * says so); the card's "None of these" and "Not known" buttons answer every question at once.
 */
export function readGroupCard(facts: readonly FactDefinition[], card: CardData, context: ParseContext): GroupOutcomes {
  const outcomes: GroupOutcomes = new Map();
  const all = card.answer;
  for (const fact of facts) {
    const field = card[answerField(fact.id)];
    const typed = typeof field === 'string' ? field.trim() : '';
    const text = all === 'none' ? noneFor(fact) : all === 'unknown' || typed === '' ? 'unknown' : typed;
    outcomes.set(fact.id, parseAnswer(text, fact, context));
  }
  return outcomes;
}

/**
 * A typed reply to a group card: "unknown" or "none of these" for all; "all no except X and Y"; otherwise the
 * card's facts the text gives, read as a pasted summary is (a panel typed as "plt 185, Hb 9.6 g/dL"); failing
 * that, an answer to the card's first question alone.
 */
export function readGroupText(facts: readonly FactDefinition[], text: string, context: ParseContext): GroupOutcomes {
  const each = (answer: (fact: FactDefinition) => string) => new Map(facts.map((f) => [f.id, parseAnswer(answer(f), f, context)] as const));
  if (isUnknownAnswer(text)) return each(() => 'unknown');
  if (isNoneAnswer(text)) return each(noneFor);
  const except = EXCEPT.exec(text.trim());
  if (except) return exceptions(facts, except[1]!, context);
  const read = readSummaryFor(facts, text, context);
  if (read.size > 0) return read;
  const first = facts[0]!;
  const alone = parseAnswer(text, first, context);
  // Nothing matched: said so, or the card would come back unchanged, with no reason, until its answers became unknown.
  const unmatched = invalid(`I could not tell which of these questions ${quote(text)} answers. Please type each answer with its name (e.g. “plt 185, Hb 9.6 g/dL”), use the card’s fields, or answer “unknown”.`);
  return new Map([[first.id, alone.kind === 'invalid' ? unmatched : alone]]);
}

/** What a summary reading of the text says of the card's facts: values read, and what it found unclear, to ask again. */
function readSummaryFor(facts: readonly FactDefinition[], text: string, context: ParseContext): GroupOutcomes {
  const asked = new Set(facts.map((f) => f.id));
  const reading = readSummary(text, context);
  const outcomes: GroupOutcomes = new Map();
  for (const read of reading.facts) if (asked.has(read.fact)) outcomes.set(read.fact, { kind: 'value', value: read.value, summary: read.summary });
  for (const unclear of reading.unclear) if (asked.has(unclear.fact)) outcomes.set(unclear.fact, { kind: 'ambiguous', message: unclear.message });
  return outcomes;
}

/** The items named after "except" are "yes" (or read as that question's answer); every other item is "no". */
function exceptions(facts: readonly FactDefinition[], named: string, context: ParseContext): GroupOutcomes {
  const phrases = named.split(/\s*(?:,|;|\band\b|&)\s*/i).filter((p) => p !== '');
  const outcomes: GroupOutcomes = new Map();
  for (const phrase of phrases) {
    const fact = facts.find((f) => namesFact(f, phrase));
    if (!fact) return new Map();
    outcomes.set(fact.id, parseAnswer(fact.type === 'boolean' ? 'yes' : phrase, fact, context));
  }
  for (const fact of facts) if (!outcomes.has(fact.id)) outcomes.set(fact.id, parseAnswer(noneFor(fact), fact, context));
  return outcomes;
}

/** Whether a phrase names a fact: its label, or one of the words notes use for it, inside the phrase or the other way round. */
function namesFact(fact: FactDefinition, phrase: string): boolean {
  const key = normalizeName(phrase);
  const names = [fact.label, ...fact.names.flatMap((name) => (typeof name === 'string' ? [name] : []))].map(normalizeName);
  return names.some((name) => name !== '' && (name.includes(key) || key.includes(name)));
}
