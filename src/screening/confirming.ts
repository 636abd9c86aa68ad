import type { Detail } from '../domain/detail';
import type { FactValue, KnownFactValue } from '../domain/factValue';
import { isOneOf, readYesNo } from '../parsing/wholeAnswers';
import { readDetailAnswer } from '../parsing/detailAnswer';
import type { ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { readSummary } from '../summary/readSummary';
import { recordAnswers, type Answered } from './answering';
import { fixField, itemField, keepField } from './cardFields';
import { isQuestionButton, type CardData, type ScreeningInput } from './input';
import type { PendingReading } from './state';
import type { Turn } from './turn';


type Message = Extract<ScreeningInput, { kind: 'message' }>;

/**
 * A pasted summary: its facts shown for confirmation, nothing recorded, and below them the first questions still
 * open once they are (up to a card's worth), so that one Submit records and answers; identifiers in it only counted.
 */
export function readPasted(turn: Turn, text: string): void {
  const { facts, unclear, ignored, readUpTo } = readSummary(text, turn.parseContext());
  const { state } = turn;
  if (facts.length === 0) {
    turn.say({ kind: 'nothing-read', ignored });
    return state.asking ? turn.askAgain() : state.phase === 'results' ? undefined : turn.askNext();
  }
  state.seq += 1;
  const read = facts.map(({ fact, value, reading, source, guesses }) => ({ fact, value, reading, source, guesses }));
  state.reading = { seq: state.seq, facts: read, unclear, asks: turn.firstQuestionsAfter(read) };
  state.phase = 'confirming';
  state.asking = undefined;
  turn.say({ kind: 'reading', reading: state.reading, ignored, ...(readUpTo === undefined ? {} : { readUpTo }) });
}

/** While a reading waits: the confirmation card's buttons, or "yes"/"no" typed; another pasted summary replaces it. */
export function confirmReading(turn: Turn, input: Message, pasted: boolean): void {
  const reading = turn.state.reading!;
  const { card } = input;
  if (card && (card.confirm !== undefined || isQuestionButton(card))) {
    if (card.askSeq !== reading.seq || card.confirm === undefined) {
      turn.say({ kind: 'stale-button', staleFact: card.fact, open: true });
      return turn.askAgain();
    }
    return card.confirm === 'record' ? recordReading(turn, reading, card) : discardReading(turn);
  }
  if (pasted) return readPasted(turn, input.text);
  const { words } = turn.parseContext().vocabulary;
  const said = readYesNo(input.text, words) ?? (isOneOf(input.text, words.confirm) ? true : isOneOf(input.text, words.discard) ? false : undefined);
  if (said === true) return recordReading(turn, reading);
  if (said === false) return discardReading(turn);
  turn.say({ kind: 'reading-waits' });
  turn.askAgain();
}

/** A field filled in: a blank one on the confirmation card is no answer (its question is asked next, if still open). */
const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Records the facts kept on the confirmation card (all, when confirmed by typing), each corrected where a
 * correction was typed, and the answers to the questions below them, as one card: what cannot be read is asked
 * again with why. What was recorded is acknowledged in one line.
 */
function recordReading(turn: Turn, reading: PendingReading, card?: CardData): void {
  const context = turn.parseContext();
  const answered: Answered[] = [];
  // The answers as this card leaves them, for the details asked about them.
  const kept = new Map<string, FactValue | undefined>();
  for (const read of reading.facts) {
    if (card?.[keepField(read.fact)] === 'false') continue;
    const correction = card?.[fixField(read.fact)];
    const outcome: ParseOutcome = filled(correction)
      ? parseAnswer(correction, turn.definition(read.fact), context)
      : { kind: 'value', value: read.value as KnownFactValue, reading: read.reading };
    answered.push({ item: { fact: read.fact }, outcome });
    kept.set(read.fact, outcome.kind === 'value' ? outcome.value : undefined);
  }
  for (const item of reading.asks) {
    const typed = card?.[itemField(item)];
    if (!filled(typed)) continue;
    const fact = turn.definition(item.fact);
    const recorded = kept.has(item.fact) ? kept.get(item.fact) : turn.state.answers[item.fact];
    // A detail of an answer unticked, corrected beyond reading, never given, or corrected to other medicines has
    // nothing to complete.
    if (item.detail && !hasDetailTarget(item.detail, recorded)) continue;
    const outcome = item.detail ? readDetailAnswer(item.detail, recorded as KnownFactValue, typed, fact, context) : parseAnswer(typed, fact, context);
    if (item.detail && outcome.kind === 'value') kept.set(item.fact, outcome.value);
    answered.push({ item, outcome });
  }
  const { state } = turn;
  state.reading = undefined;
  state.phase = 'screening';
  if (answered.length === 0) return turn.askNext();
  state.asking = { seq: reading.seq, items: answered.map((a) => a.item), tries: 0 };
  recordAnswers(turn, answered, { brief: true });
}

export function discardReading(turn: Turn): void {
  turn.state.reading = undefined;
  turn.state.phase = 'screening';
  turn.say({ kind: 'reading-discarded' });
  turn.askNext();
}

/** Whether a recorded value still holds what a detail is about: a known answer, and for a medicine's detail, that medicine. */
function hasDetailTarget(detail: Detail, recorded: FactValue | undefined): boolean {
  if (!recorded || recorded.kind === 'unknown') return false;
  return !('drug' in detail) || (recorded.kind === 'medication' && recorded.uses.some((u) => u.drug === detail.drug));
}
