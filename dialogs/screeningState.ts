import { randomInt } from 'node:crypto';
import type { Answers, FactValue } from '../src/domain/factValue';

/** One patient's screening, kept in conversation state between turns. */
export interface ScreeningState {
  answers: Answers;
  /** Fact ids in the order they were answered, for "back" and the summary. */
  answered: string[];
  /**
   * Increases with every question asked; buttons carry it so a click on an old question is recognised.
   * It starts at a random number, so that a button left from a screening forgotten since (restarted, or
   * expired) cannot pass for a question of this one.
   */
  askSeq: number;
  /** The question on screen, if any. */
  asking?: { fact: string };
  /** Asked again first, after "back". */
  askNext?: string;
  /** Results were shown and no question is open. */
  finished: boolean;
  /** Result cards already shown, for "more". */
  cardsShown: number;
}

export function newScreening(): ScreeningState {
  return { answers: {}, answered: [], askSeq: randomInt(1, 2 ** 40), finished: false, cardsShown: 0 };
}

export function recordAnswer(state: ScreeningState, fact: string, value: FactValue): void {
  state.answers[fact] = value;
  state.answered = [...state.answered.filter((f) => f !== fact), fact];
}

/** Forgets the last answer and returns its fact, to be asked again. */
export function undoLastAnswer(state: ScreeningState): string | undefined {
  const last = state.answered.at(-1);
  if (!last) return undefined;
  state.answered = state.answered.slice(0, -1);
  delete state.answers[last];
  state.askNext = last;
  state.finished = false;
  return last;
}
