import type { ChoiceFact, FactDefinition, SetFact } from '../domain/factDefinition';
import { readDatedChoice } from '../parsing/datedChoice';
import { readMedicinesChoice } from '../parsing/medicinesChoice';
import { isUnknownAnswer } from '../parsing/wholeAnswers';
import type { ParseContext } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { findingOf, parsedFinding, type Finding } from './findings';
import { nearText, statementSpan, textOf, type Sentence } from './mentions';
import { doubts, states, type Polarity } from './polarity';
import type { SummaryLexicon } from './summaryLexicon';

/** A history item stated present or absent: "No ILD", "splenectomy 1985", "HBV neg", "uncontrolled hypertension". */
export interface Stated {
  sentence: Sentence;
  i: number;
  polarity: Polarity;
  /** The name is one kind of the fact ("DVT" of a thrombosis). */
  part: boolean;
}

export function readBoolean({ sentence, i, polarity, part }: Stated, fact: FactDefinition, context: ParseContext): Finding | undefined {
  const source = statementSpan(sentence, i);
  if (states(polarity, fact)) return parsedFinding('yes', fact, source, context);
  if (doubts(polarity, fact)) return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent-others') return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
  if (polarity === 'absent' || polarity === 'absent-now') return part ? { kind: 'unclear', fact, source, reason: { code: 'partial' } } : parsedFinding('no', fact, source, context);
  return undefined;
}

/** A choice fact by one of its names: "No malignancy" (its "none" option), "active malignancy". */
export function readChoice({ sentence, i, polarity, part }: Stated, fact: ChoiceFact, context: ParseContext, lexicon: SummaryLexicon): Finding | undefined {
  const source = statementSpan(sentence, i);
  if (doubts(polarity, fact) || fieldUnknown(sentence, i)) return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent' || polarity === 'absent-now' || polarity === 'absent-others') {
    if (part || polarity === 'absent-others') return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
    const none = parseAnswer('none', fact, context);
    return none.kind === 'value' ? findingOf(none, fact, source) : undefined;
  }
  // "PMH: breast ca 2015 (…, tamoxifen 5 yrs), in remission": decided by the dates right after its name and the sentence's words.
  if (states(polarity, fact) && fact.dated) {
    const mention = sentence.mentions[i]!;
    const words = sentence.text.slice(mention.index, sentence.span.end);
    const dated = readDatedChoice(words, fact, context, textOf(sentence, nearText(sentence, i)));
    if (dated) return findingOf(dated, fact, source);
  }
  // "Previous treatment: prednisone 1mg/kg 2024-11 to 2025-05": decided by the medicines and their period.
  if (states(polarity, fact) && fact.fromMedicines) {
    const medicines = readMedicinesChoice(sentence.text.slice(sentence.mentions[i]!.index, sentence.span.end), fact, context);
    if (medicines) return findingOf(medicines, fact, source);
  }
  // A fact named by its options ("woman") is read from those, not from its label ("Sex:").
  if (!states(polarity, fact) || !lexicon.optionsOf(fact)) return undefined;
  const options = optionsNear(sentence, i, fact, lexicon);
  const codes = [...new Set(options.flatMap((o) => o.values))];
  if (codes.length !== 1) return { kind: 'unclear', fact, source, reason: { code: 'which' } };
  return parsedFinding(sentence.text.slice(options[0]!.index, options[0]!.end), fact, source, context);
}

/** "Pregnancy: N/A", "Malignancy: ?": a name as a field's label, its value one that knows nothing. */
function fieldUnknown(sentence: Sentence, i: number): boolean {
  const mention = sentence.mentions[i]!;
  const field = /^\s*:\s*([^,;\n]*)/.exec(sentence.text.slice(mention.end, mention.piece.end));
  return field !== null && field[1]!.trim() !== '' && isUnknownAnswer(field[1]!.trim());
}

/** A set fact by one of its names: the options said with it, present or absent. */
export function readSet({ sentence, i, polarity, part }: Stated, fact: SetFact, lexicon: SummaryLexicon): Finding | undefined {
  const source = statementSpan(sentence, i);
  if (doubts(polarity, fact) || fieldUnknown(sentence, i)) return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
  if (polarity === 'absent-others') return { kind: 'unclear', fact, source, reason: { code: 'partial' } };
  const present = states(polarity, fact);
  if (!present && polarity !== 'absent' && polarity !== 'absent-now') return undefined;
  const options = optionsNear(sentence, i, fact, lexicon);
  const codes = [...new Set(options.flatMap((o) => o.values))];
  // Two options inside one name are one thing said ("planning a pregnancy"), not a list.
  const inName = options.filter((o) => o.index >= source.index && o.end <= source.end);
  if (present && inName.length > 1) return { kind: 'unclear', fact, source, reason: { code: 'which' } };
  const whole = !part && codes.length === 0;
  const covered = options.length === 0 ? source : { index: Math.min(source.index, ...options.map((o) => o.index)), end: Math.max(source.end, ...options.map((o) => o.end)) };
  return present
    ? codes.length === 0
      ? undefined
      : { kind: 'options', fact, present: codes, absent: [], whole: false, source: covered }
    : { kind: 'options', fact, present: [], absent: codes, whole, source: covered };
}

/**
 * The options said with a name: in the name itself and after it in its stretch ("uncontrolled hypertension"),
 * else in the nearest stretch before it in the sentence ("T2DM — HbA1c 9.1%, poorly controlled").
 */
function optionsNear(sentence: Sentence, i: number, fact: FactDefinition, lexicon: SummaryLexicon) {
  const index = lexicon.optionsOf(fact);
  if (!index) return [];
  const mention = sentence.mentions[i]!;
  const after = index.scan(sentence.text, mention.index, mention.piece.end);
  if (after.length > 0) return after;
  const previousEnd = sentence.mentions[i - 1]?.end ?? sentence.span.index;
  const earlier = sentence.pieces.filter((p) => p.end <= mention.piece.index && p.index >= previousEnd).reverse();
  for (const piece of earlier) {
    const found = index.scan(sentence.text, piece.index, piece.end);
    if (found.length > 0) return found;
  }
  return [];
}
