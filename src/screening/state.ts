import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { Answers, FactValue } from '../domain/factValue';
import { FollowUp } from '../parsing/followUp';

/** Bumped whenever a stored state of the previous shape could be misread; older states start a new screening. */
export const SCREENING_STATE_VERSION = 1;

/** Delivery keys remembered per conversation, to recognise an activity delivered again. */
export const DELIVERIES_KEPT = 32;

/** The question on screen. */
export const Asking = z.object({
  /** The question's number; its buttons carry it, so a click on any other question is recognised. */
  seq: z.number().int(),
  /** The fact asked. */
  fact: z.string().min(1),
  /** Unreadable answers given to it so far. */
  tries: z.number().int().min(0),
  /** An answer read but waiting for one more detail (src/parsing/followUp.ts): nothing is recorded before it. */
  followUp: z.object({ pending: FactValue, summary: z.string(), followUp: FollowUp }).optional(),
});
export type Asking = z.infer<typeof Asking>;

/** One patient's screening: everything the conversation keeps between turns, validated whenever it is read. */
export const ScreeningState = z.object({
  version: z.literal(SCREENING_STATE_VERSION),
  /** The welcome was said (once per conversation). */
  welcomed: z.boolean(),
  answers: Answers,
  /** Fact ids in the order they were answered, for "back" and the summary. */
  answered: z.array(z.string()),
  /**
   * The number of the last question asked. It starts at a random number, so that a button left from a
   * screening forgotten since (restarted, or expired) cannot pass for a question of this one.
   */
  seq: z.number().int(),
  /** `screening`: questions are being asked; `results`: results were shown and no question is open. */
  phase: z.enum(['screening', 'results']),
  asking: Asking.optional(),
  /** Asked again first, after "back". */
  askNext: z.string().optional(),
  /** Result cards already shown, for "more". */
  cardsShown: z.number().int().min(0),
  /** Ids of the latest activities applied (activity id or Direct Line clientActivityID), newest last. */
  deliveries: z.array(z.string()).max(DELIVERIES_KEPT),
});
export type ScreeningState = z.infer<typeof ScreeningState>;

export function newScreening(welcomed = false): ScreeningState {
  return {
    version: SCREENING_STATE_VERSION,
    welcomed,
    answers: {},
    answered: [],
    seq: randomInt(1, 2 ** 40),
    phase: 'screening',
    cardsShown: 0,
    deliveries: [],
  };
}

/** What was stored, as a state to continue from; `reset` says why a new screening starts instead. */
export type StoredScreening = { state: ScreeningState; reset?: 'version' | 'invalid' };

/** Reads a stored state. Nothing stored is a new conversation; a state of another version, or one that fails validation, starts over. */
export function readScreening(stored: unknown): StoredScreening {
  if (stored === undefined) return { state: newScreening() };
  const parsed = ScreeningState.safeParse(stored);
  if (parsed.success) return { state: parsed.data };
  const version = (stored as { version?: unknown } | null)?.version;
  // The clinician has been welcomed already: only the answers are lost.
  return { state: newScreening(true), reset: version !== SCREENING_STATE_VERSION ? 'version' : 'invalid' };
}

export function recordAnswer(state: ScreeningState, fact: string, value: FactValue): void {
  state.answers[fact] = value;
  state.answered = [...state.answered.filter((f) => f !== fact), fact];
}

/** Forgets the last answer and returns its fact, to be asked again first. */
export function undoLastAnswer(state: ScreeningState): string | undefined {
  const last = state.answered.at(-1);
  if (!last) return undefined;
  state.answered = state.answered.slice(0, -1);
  delete state.answers[last];
  state.askNext = last;
  return last;
}

/** Records a delivery key; false when it was applied already. */
export function firstDelivery(state: ScreeningState, key: string): boolean {
  if (state.deliveries.includes(key)) return false;
  state.deliveries = [...state.deliveries, key].slice(-DELIVERIES_KEPT);
  return true;
}
