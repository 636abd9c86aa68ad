import type { FactDefinition } from '../domain/factDefinition';
import type { ParseContext, ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { readSummary } from '../summary/readSummary';

/**
 * The kinds of answer a note's reading can settle from one mention. A list (a set) is read whole by its own reader:
 * a note's reading of one item of it would drop the rest ("breastfeeding, delivered 5 weeks ago"); numbers and
 * medicines read their own names already.
 */
const READ_AS_NOTE: ReadonlySet<FactDefinition['type']> = new Set(['boolean', 'choice', 'date']);

/**
 * What a clinician typed to the question of one fact, read by the one reader: as an answer to the question
 * (parseAnswer: "yes, on CT", "Infection: nope", "45?"), and, when that cannot settle it, as a note's words are
 * read — names, their assertion status and the values beside them ("CAPS 2022", "COPD, 3 exacerbations this year"
 * to their questions). A note's doubt about the fact is asked, with its reason; what names nothing of the fact
 * keeps the answer's own reason.
 */
export function readTypedAnswer(text: string, fact: FactDefinition, context: ParseContext): ParseOutcome {
  const direct = parseAnswer(text, fact, context);
  if ((direct.kind !== 'invalid' && direct.kind !== 'ambiguous') || !READ_AS_NOTE.has(fact.type)) return direct;
  // An answer too long to be one is refused, not read as a note instead; one with a question mark in it doubts
  // itself ("干燥综合征？还是狼疮，还没定"), and a note's reading would settle what it left open.
  if (direct.problem.code === 'too-long' || /[?？]/.test(text)) return direct;
  const reading = readSummary(text, context);
  const read = reading.facts.find((f) => f.fact === fact.id);
  if (read) return { kind: 'value', value: read.value, reading: read.reading };
  const unclear = reading.unclear.find((u) => u.fact === fact.id);
  return unclear ? { kind: 'ambiguous', problem: { code: 'unclear', unclear } } : direct;
}
