import type { FactDetail } from '../domain/detail';
import type { FactDefinition } from '../domain/factDefinition';
import type { FactValue, KnownFactValue } from '../domain/factValue';
import type { AnswerProblem } from '../domain/unclearReason';
import { readDetailAnswer } from '../parsing/detailAnswer';
import { completeFollowUp } from '../parsing/followUp';
import type { ParseContext, ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import { readTypedAnswer } from '../reading/typedAnswer';
import { isUnknownAnswer } from '../parsing/wholeAnswers';
import { answerField, itemField } from './cardFields';
import { readGroupCard, readGroupText } from './groupAnswers';
import { answerText, isQuestionButton, type CardData, type ScreeningInput } from './input';
import { sameItem, type AskedItem, type Asking, type Waiting } from './state';
import type { Recorded, Turn } from './turn';

/** Unreadable answers to one question before its fact is recorded as unknown (never as "no"). */
export const MAX_TRIES = 3;

type Message = Extract<ScreeningInput, { kind: 'message' }>;

/** An answer as read, for one item of the question asked. */
export interface Answered {
  item: AskedItem;
  outcome: ParseOutcome;
}

/**
 * A message while a question is open: the answers to its items read (a card's fields, a button, or typed text),
 * recorded, and the next question asked. A button of another question never answers this one.
 */
export function answerQuestion(turn: Turn, input: Message): void {
  const { asking } = turn.state;
  if (!asking) return turn.askNext();
  const { card } = input;
  if (isQuestionButton(card) && ((card.askSeq !== undefined && card.askSeq !== asking.seq) || (card.fact !== undefined && card.fact !== asking.items[0]!.fact))) {
    turn.say({ kind: 'stale-button', staleFact: card.fact, open: true });
    return turn.askAgain();
  }
  // A card sent with every field blank is not "not known" for them all (a slip of the Submit button): asked again.
  if (isQuestionButton(card) && blank(card, asking)) {
    turn.say({ kind: 'nothing-filled' });
    return turn.askAgain();
  }
  const context = turn.parseContext();
  recordAnswers(turn, readAnswers(turn, asking.items, asking.followUps, input, context));
}

/** Whether a card came back with none of the fields of the question asked filled in (a single question's field is `answer`). */
function blank(card: CardData, asking: Asking): boolean {
  const fields = ['answer', ...asking.items.map(itemField), ...(asking.followUps ?? []).map((w) => answerField(w.fact))];
  return fields.every((field) => {
    const value = card[field];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

function readAnswers(turn: Turn, items: readonly AskedItem[], followUps: readonly Waiting[] | undefined, input: Message, context: ParseContext): Answered[] {
  const { card, text } = input;
  if (followUps) return readFollowUps(turn, followUps, card, text, context);
  if (items.some((item) => item.detail)) return readDetails(turn, items, card, text, context);
  const facts = items.map((item) => turn.definition(item.fact));
  if (isQuestionButton(card) && facts.length > 1) return answeredOf(readGroupCard(facts, card, context), facts);
  return readFactAnswers(facts, answerText(input), context).map(({ fact, outcome }) => ({ item: { fact: fact.id }, outcome }));
}

/**
 * What a clinician typed (or a button sent) to a question of one fact or a card of several: each fact's reading.
 * A fact of a card the text does not answer has none. The reading bench measures typed replies through this.
 */
export function readFactAnswers(facts: readonly FactDefinition[], text: string, context: ParseContext): { fact: FactDefinition; outcome: ParseOutcome }[] {
  if (facts.length === 1) return [{ fact: facts[0]!, outcome: readTypedAnswer(text, facts[0]!, context) }];
  const outcomes = readGroupText(facts, text, context);
  return facts.flatMap((fact) => {
    const outcome = outcomes.get(fact.id);
    return outcome ? [{ fact, outcome }] : [];
  });
}

function answeredOf(outcomes: Map<string, ParseOutcome>, facts: readonly FactDefinition[]): Answered[] {
  return facts.flatMap((fact) => {
    const outcome = outcomes.get(fact.id);
    return outcome ? [{ item: { fact: fact.id }, outcome }] : [];
  });
}

/** What a card's field for an item holds, a button's answer for all, or the text typed; a card's blank field is unknown. */
function fieldText(item: AskedItem, card: CardData | undefined, typed: string): string {
  const field = card?.[itemField(item)];
  return card?.answer ?? (typeof field === 'string' && field.trim() !== '' ? field : card ? 'unknown' : typed);
}

/** The answers to one more word about readings not yet recorded ("45?" confirmed, "no prednisone" as none at all). */
function readFollowUps(turn: Turn, waiting: readonly Waiting[], card: CardData | undefined, typed: string, context: ParseContext): Answered[] {
  return waiting.map((w) => {
    const item = { fact: w.fact };
    return { item, outcome: completeFollowUp(w.followUp, w.pending as KnownFactValue, fieldText(item, card, typed), turn.definition(w.fact), context) };
  });
}

/**
 * The answers to details of answers given: each field (or a button, for all), or the text typed — for one detail
 * the whole text; for several, "unknown" for all, or else the text is read for the first.
 */
function readDetails(turn: Turn, items: readonly AskedItem[], card: CardData | undefined, typed: string, context: ParseContext): Answered[] {
  const typedForAll = !card && items.length > 1 && !isUnknownAnswer(typed, context.vocabulary.words) ? items.slice(0, 1) : items;
  // Details of one answer complete it one after the other: each reads the answer as the previous one left it.
  const completed = new Map<string, FactValue | undefined>();
  return typedForAll.map((item) => {
    const fact = turn.definition(item.fact);
    const recorded = completed.has(item.fact) ? completed.get(item.fact) : turn.state.answers[item.fact];
    const text = fieldText(item, card, typed);
    const outcome = !recorded || recorded.kind === 'unknown' || !item.detail ? parseAnswer(text, fact, context) : readDetailAnswer(item.detail, recorded, text, fact, context);
    if (outcome.kind === 'value') completed.set(item.fact, outcome.value);
    return { item, outcome };
  });
}

/**
 * Records every answer read, says how each was read (or, `brief`, how many) and which trials they ruled out, then asks what is still
 * owed — a reading waiting for a word, or the items whose answers could not be read, with why — or the next
 * question. When nothing could be read, the same question is asked again; after MAX_TRIES the rest is recorded
 * as unknown (a detail as not given).
 */
export function recordAnswers(turn: Turn, answered: readonly Answered[], { brief = false } = {}): void {
  const asking = turn.state.asking!;
  const recorded: Recorded[] = [];
  const declined: FactDetail[] = [];
  const problems: { item: AskedItem; problem: AnswerProblem }[] = [];
  const followUps: Waiting[] = [];
  for (const { item, outcome } of answered) {
    const { fact } = item;
    switch (outcome.kind) {
      case 'value': {
        // Several details of one answer on a card: the last holds them all.
        const earlier = recorded.findIndex((r) => r.fact === fact);
        if (earlier >= 0) recorded.splice(earlier, 1);
        recorded.push({ fact, value: outcome.value, noted: { fact, as: 'value', value: outcome.value, reading: outcome.reading } });
        break;
      }
      case 'unknown':
        if (item.detail) declined.push({ fact, detail: item.detail });
        else recorded.push({ fact, value: outcome.value, noted: { fact, as: 'unknown' } });
        break;
      case 'follow-up':
        followUps.push({ fact, pending: outcome.pending, reading: outcome.reading, followUp: outcome.followUp });
        break;
      case 'invalid':
      case 'ambiguous':
        problems.push({ item, problem: outcome.problem });
        break;
    }
  }
  const settled = (item: AskedItem) => answered.some((a) => sameItem(a.item, item) && a.outcome.kind !== 'invalid' && a.outcome.kind !== 'ambiguous');
  const unanswered = asking.items.filter((item) => !settled(item));
  if (recorded.length === 0 && declined.length === 0 && followUps.length === 0) {
    asking.tries += 1;
    if (asking.tries < MAX_TRIES) return turn.askAgain(problems.length > 0 ? problems : undefined);
    const unreadable: FactValue = { kind: 'unknown', entered: 'unreadable' };
    const after = turn.record(
      unanswered.filter((item) => !item.detail).map(({ fact }) => ({ fact, value: unreadable, noted: { fact, as: 'unreadable' } })),
      unanswered.flatMap(({ fact, detail }) => (detail ? [{ fact, detail }] : [])),
    );
    return turn.askNext(after);
  }
  const after = turn.record(recorded, declined, brief);
  // Readings that need one more word wait in the state, nothing of them recorded, and are asked next.
  turn.state.waiting.push(...followUps);
  const left = unanswered.filter((item) => problems.some((p) => sameItem(p.item, item)));
  // Asked again with why; readings waiting for a word keep waiting for it.
  const stillWaiting = asking.followUps?.filter((w) => left.some((item) => item.fact === w.fact));
  if (left.length > 0) return turn.ask(left, after, { problems, tries: asking.tries, ...(stillWaiting ? { followUps: stillWaiting } : {}) });
  turn.askNext(after);
}
