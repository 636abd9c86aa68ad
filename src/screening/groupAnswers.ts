import type { FactDefinition } from '../domain/factDefinition';
import { invalid, type ParseContext, type ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { isNoneAnswer, isUnknownAnswer } from '../parsing/wholeAnswers';
import { readSummary } from '../summary/readSummary';
import { SummaryLexicon } from '../summary/summaryLexicon';
import { halfWidth } from '../text/halfWidth';
import { normalizeName } from '../text/normalize';
import { answerField } from './cardFields';
import type { CardData } from './input';
import { groupKindOf } from './questionGroups';

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
 * says so), but on the intake card, which does not say so, it is not answered and is asked again; the card's "None
 * of these" and "Not known" buttons answer every question at once.
 */
export function readGroupCard(facts: readonly FactDefinition[], card: CardData, context: ParseContext): GroupOutcomes {
  const outcomes: GroupOutcomes = new Map();
  const all = card.answer;
  for (const fact of facts) {
    const field = card[answerField(fact.id)];
    const typed = typeof field === 'string' ? field.trim() : '';
    if (typed === '' && all === undefined && groupKindOf(fact, context.vocabulary) === 'intake') continue;
    const text = all === 'none' ? noneFor(fact) : all === 'unknown' || typed === '' ? 'unknown' : typed;
    outcomes.set(fact.id, parseAnswer(text, fact, context));
  }
  return outcomes;
}

/**
 * A typed reply to a group card: "unknown" or "none of these" for all; "all no except X and Y"; otherwise the
 * card's facts the text gives, read as a pasted summary is (a panel typed as "plt 185, Hb 9.6 g/dL") and part by
 * part ("SLE since 2018; SLEDAI-2K 4; no NP features", "yes / 2019-06 / no"); failing that, an answer to the card's
 * first question alone.
 */
export function readGroupText(facts: readonly FactDefinition[], typed: string, context: ParseContext): GroupOutcomes {
  // Read at half width, as every answer is: "无；无；从未" parts as "无;无;从未" does.
  const text = halfWidth(typed);
  const each = (answer: (fact: FactDefinition) => string) => new Map(facts.map((f) => [f.id, parseAnswer(answer(f), f, context)] as const));
  if (isUnknownAnswer(text, context.vocabulary.words)) return each(() => 'unknown');
  if (isNoneAnswer(text, context.vocabulary.words)) return each(noneFor);
  const except = EXCEPT.exec(text.trim());
  if (except) return exceptions(facts, except[1]!, context);
  const read = withParts(readSummaryFor(facts, text, context), readParts(facts, text, context));
  if (read.size > 0) return read;
  const first = facts[0]!;
  const alone = parseAnswer(text, first, context);
  return alone.kind === 'invalid' ? unmatched(facts, text) : new Map([[first.id, alone]]);
}

/**
 * Words that answer none of the card's questions, said so on its first: otherwise the card would come back
 * unchanged, with no reason, until its answers became unknown.
 */
function unmatched(facts: readonly FactDefinition[], text: string): GroupOutcomes {
  return new Map([[facts[0]!.id, invalid({ code: 'which-question', entered: text })]]);
}

/** What a summary reading of the text says of the card's facts: values read, and what it found unclear, to ask again. */
function readSummaryFor(facts: readonly FactDefinition[], text: string, context: ParseContext): GroupOutcomes {
  const asked = new Set(facts.map((f) => f.id));
  const reading = readSummary(text, context);
  const outcomes: GroupOutcomes = new Map();
  for (const read of reading.facts) if (asked.has(read.fact)) outcomes.set(read.fact, { kind: 'value', value: read.value, reading: read.reading });
  for (const unclear of reading.unclear) if (asked.has(unclear.fact)) outcomes.set(unclear.fact, { kind: 'ambiguous', problem: { code: 'unclear', unclear } });
  return outcomes;
}

/** Between the answers of a card typed in one line: a semicolon, a spaced slash, a line end. */
const PART_BREAK = /\s*(?:;|\s\/\s|\n)\s*/;

/**
 * The card's facts answered part by part: a part naming one question of the card is read as its answer ("SLE since
 * 2018" for the date of SLE diagnosis); when there are as many parts as questions, a part naming none answers the
 * question in its place ("no / no / never"). Only what reads as a value or as unknown is kept.
 */
function readParts(facts: readonly FactDefinition[], text: string, context: ParseContext): GroupOutcomes {
  const parts = text.split(PART_BREAK).filter((p) => p.trim() !== '');
  const outcomes: GroupOutcomes = new Map();
  if (parts.length < 2) return outcomes;
  const owners = parts.map((part) => factsNamedIn(part, facts, context));
  // A part naming a question of another card ("no ILD") answers none of this one's.
  const onCard = (id: string) => facts.some((f) => f.id === id);
  const namesOther = (part: string) =>
    SummaryLexicon.of(context.vocabulary).mentions.scan(part).some((m) => m.values.every((e) => (e.kind === 'drug' ? !e.facts.some((f) => onCard(f.id)) : !onCard(e.fact.id))));
  const keep = (fact: FactDefinition, part: string) => {
    const outcome = parseAnswer(part, fact, context);
    if (!outcomes.has(fact.id) && (outcome.kind === 'value' || outcome.kind === 'unknown')) outcomes.set(fact.id, outcome);
  };
  parts.forEach((part, k) => owners[k]!.length === 1 && keep(owners[k]![0]!, part));
  if (parts.length === facts.length) parts.forEach((part, k) => owners[k]!.length === 0 && !namesOther(part) && keep(facts[k]!, part));
  return outcomes;
}

/** The summary's reading, with what the parts read where it read no value. */
function withParts(read: GroupOutcomes, parts: GroupOutcomes): GroupOutcomes {
  const merged = new Map(read);
  for (const [id, outcome] of parts) if (merged.get(id)?.kind !== 'value') merged.set(id, outcome);
  return merged;
}

/** Words of a label that say nothing of which question it is. */
const LABEL_FILLER = new Set(['the', 'of', 'and', 'or', 'a', 'an', 'in', 'on', 'for', 'with', 'without', 'to', 'by', 'date', 'any', 'last', 'latest', 'most', 'recent', 'patient']);

/** The card's facts a part names: by their names and options (as a summary reads them), or by a word of their label ("SLE"). */
function factsNamedIn(part: string, facts: readonly FactDefinition[], context: ParseContext): FactDefinition[] {
  const lexicon = SummaryLexicon.of(context.vocabulary);
  const entries = lexicon.mentions.scan(part).flatMap((match) => match.values);
  const words = new Set(normalizeName(part).split(' '));
  return facts.filter(
    (fact) =>
      entries.some((e) => (e.kind === 'drug' ? e.facts.some((f) => f.id === fact.id) : e.fact.id === fact.id)) ||
      (lexicon.optionsOf(fact)?.scan(part).length ?? 0) > 0 ||
      normalizeName(fact.label.replace(/\([^)]*\)/g, ' ')).split(' ').some((w) => w.length >= 2 && !LABEL_FILLER.has(w) && words.has(w)),
  );
}

/**
 * The items named after "except" are "yes" (or read as that question's answer: "prednisone 15 mg daily" for the
 * corticosteroids); every other item is "no". A phrase that names no item of the card answers nothing.
 */
function exceptions(facts: readonly FactDefinition[], named: string, context: ParseContext): GroupOutcomes {
  const phrases = named.split(/\s*(?:,|;|\band\b|&)\s*/i).filter((p) => p !== '');
  const said = new Map<string, string[]>();
  for (const phrase of phrases) {
    const fact = itemNamedIn(phrase, facts, context);
    if (!fact) return unmatched(facts, phrase);
    said.set(fact.id, [...(said.get(fact.id) ?? []), phrase]);
  }
  return new Map(facts.map((fact) => {
    const phrasesOf = said.get(fact.id);
    const answer = !phrasesOf ? noneFor(fact) : fact.type === 'boolean' ? 'yes' : phrasesOf.join(', ');
    return [fact.id, parseAnswer(answer, fact, context)] as const;
  }));
}

/**
 * The card's item a phrase names, as a summary's names are read (whole words; abbreviations as written, so
 * "prednisone" is no "IS" and "cardiac" no "ca"; a drug names its class): else the one item whose label holds
 * the phrase ("lipid-lowering"). None when it names no item, or several.
 */
function itemNamedIn(phrase: string, facts: readonly FactDefinition[], context: ParseContext): FactDefinition | undefined {
  const lexicon = SummaryLexicon.of(context.vocabulary);
  const entries = lexicon.mentions.scan(phrase).flatMap((match) => match.values);
  const byName = facts.filter(
    (fact) => entries.some((e) => (e.kind === 'drug' ? e.facts.some((f) => f.id === fact.id) : e.fact.id === fact.id)) || (lexicon.optionsOf(fact)?.scan(phrase).length ?? 0) > 0,
  );
  const words = ` ${normalizeName(phrase)} `;
  const byLabel = facts.filter((fact) => ` ${normalizeName(fact.label)} `.includes(words));
  const named = byName.length > 0 ? byName : byLabel;
  return named.length === 1 ? named[0] : undefined;
}
