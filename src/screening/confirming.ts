import type { KnownFactValue } from '../domain/factValue';
import { readYesNo } from '../parsing/boolean';
import { parseAnswer } from '../parsing/parseAnswer';
import { readSummary } from '../summary/readSummary';
import { recordAnswers, type Answered } from './answering';
import { fixField, keepField } from './cardFields';
import { isQuestionButton, type CardData, type ScreeningInput } from './input';
import type { PendingReading } from './state';
import type { Turn } from './turn';

/** Typed confirmations of a pasted summary's facts, besides a plain yes or no. */
const CONFIRM = /^\s*(?:ok(?:ay)?|confirm(?:ed)?|record(?:\s+(?:it|them|these|all))?|all\s+correct|looks\s+(?:good|right))[\s.!]*$/i;
const DISCARD = /^\s*(?:discard(?:\s+(?:it|them|all))?|cancel|wrong)[\s.!]*$/i;

type Message = Extract<ScreeningInput, { kind: 'message' }>;

/** A pasted summary: its facts shown for confirmation, nothing recorded; identifiers in it only counted. */
export function readPasted(turn: Turn, text: string): void {
  const { facts, unclear, ignored, readUpTo } = readSummary(text, turn.parseContext());
  const { state } = turn;
  if (facts.length === 0) {
    turn.say({ kind: 'nothing-read', ignored });
    return state.asking ? turn.askAgain() : state.phase === 'results' ? undefined : turn.askNext();
  }
  state.seq += 1;
  state.reading = { seq: state.seq, facts: facts.map(({ fact, value, summary, source }) => ({ fact, value, summary, source })), unclear };
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
  const said = readYesNo(input.text) ?? (CONFIRM.test(input.text) ? true : DISCARD.test(input.text) ? false : undefined);
  if (said === true) return recordReading(turn, reading);
  if (said === false) return discardReading(turn);
  turn.say({ kind: 'reading-waits' });
  turn.askAgain();
}

/**
 * Records the facts kept on the confirmation card (all, when confirmed by typing), each corrected where a
 * correction was typed, as answers to the card: a correction that cannot be read is asked again with why.
 */
function recordReading(turn: Turn, reading: PendingReading, card?: CardData): void {
  const context = turn.parseContext();
  const answered: Answered[] = [];
  for (const read of reading.facts) {
    if (card?.[keepField(read.fact)] === 'false') continue;
    const correction = card?.[fixField(read.fact)];
    const outcome =
      typeof correction === 'string' && correction.trim() !== ''
        ? parseAnswer(correction, turn.definition(read.fact), context)
        : { kind: 'value' as const, value: read.value as KnownFactValue, summary: read.summary };
    answered.push({ item: { fact: read.fact }, outcome });
  }
  const { state } = turn;
  state.reading = undefined;
  state.phase = 'screening';
  if (answered.length === 0) return turn.askNext();
  state.asking = { seq: reading.seq, items: answered.map((a) => a.item), tries: 0 };
  recordAnswers(turn, answered);
}

export function discardReading(turn: Turn): void {
  turn.state.reading = undefined;
  turn.state.phase = 'screening';
  turn.say({ kind: 'reading-discarded' });
  turn.askNext();
}
