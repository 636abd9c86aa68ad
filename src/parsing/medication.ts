import { describeDuration } from '../dates/calendar';
import type { MedicationFact } from '../domain/factDefinition';
import type { MedicationUse } from '../domain/factValue';
import { describeUses } from '../engine/describeValue';
import { DrugFinder, type DrugMention } from './drugMention';
import { blank, readMedicationPhrase } from './medicationPhrase';
import { readUse } from './medicationUse';
import { ambiguous, invalid, listOf, quote, type ParseContext, type ParseOutcome } from './outcome';
import { isNoneAnswer } from './wholeAnswers';

/** "no steroids", "not on any immunosuppressants": a negation that names no medicine means none. */
const NEGATION = /^\s*(?:no|none|nil|never|not\s+(?:on|taking|had|given)(?:\s+any)?)\b/i;

/** Between medicines: "prednisone 10 mg daily and MMF 1 g bid", "…; HCQ 200 mg". Commas are not: "IV cyclophosphamide, stopped March 2026". */
const BETWEEN_MEDICINES = /\s*(?:;|\+|&|\band\b|\bplus\b)\s*/i;

interface Segment {
  mention: DrugMention;
  /** The medicine's part of the answer, positions as in `mention`. */
  text: string;
}

export function parseMedication(entered: string, fact: MedicationFact, { vocabulary, today }: ParseContext): ParseOutcome {
  if (isNoneAnswer(entered)) {
    return { kind: 'value', value: { kind: 'medication', uses: [], entered }, summary: `${fact.label}: none in the last ${describeDuration(fact.lookback)}` };
  }
  const covered = [...vocabulary.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c)));
  const examples = `This question covers ${fact.label} (e.g. ${listOf(covered.slice(0, 4).map((d) => d.label))}); or answer “none”.`;
  const finder = DrugFinder.of(vocabulary.drugs);
  if (NEGATION.test(entered)) {
    const named = finder.find(entered);
    if (named.kind !== 'ambiguous' && named.mentions.length === 0) {
      return { kind: 'value', value: { kind: 'medication', uses: [], entered }, summary: `${fact.label}: none in the last ${describeDuration(fact.lookback)}` };
    }
  }

  const segments: Segment[] = [];
  for (const part of entered.split(BETWEEN_MEDICINES).filter((p) => p.trim() !== '')) {
    const found = finder.find(part);
    if (found.kind === 'ambiguous') return ambiguous(`${quote(found.text)}: did you mean ${listOf(found.drugs.map((d) => d.label))}?`);
    const previous = segments.at(-1);
    if (found.mentions.length === 0) {
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
  const uses: MedicationUse[] = [];
  const notes: string[] = [];
  for (const { mention, text } of segments) {
    const typed = text.slice(mention.index, mention.end);
    if (!mention.drug.classes.some((c) => fact.classes.includes(c))) {
      return invalid(`${quote(typed)} (${mention.drug.label}) is not ${listOf(fact.classes.map(withArticle))}. ${examples}`);
    }
    if (mention.score < 1) notes.push(`Read ${quote(typed)} as ${mention.drug.label}.`);
    const reading = readUse(blank(text, [mention]), mention.drug, fact, today);
    if (reading.kind === 'problem') return reading.problem;
    uses.push(reading.use);
    notes.push(...reading.notes);
  }
  return {
    kind: 'value',
    value: { kind: 'medication', uses, entered },
    summary: [`${fact.label}: ${describeUses(uses, fact, vocabulary)}.`, ...notes].join(' '),
  };
}

function withArticle(drugClass: string): string {
  const name = drugClass.replaceAll('_', ' ');
  return `${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name}`;
}
