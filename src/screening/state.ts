import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { Answers, FactValue } from '../domain/factValue';
import { FollowUp } from '../parsing/followUp';

/** Bumped whenever a stored state of the previous shape could be misread; older states start a new screening. */
export const SCREENING_STATE_VERSION = 1;

/** Delivery keys remembered per conversation, to recognise an activity delivered again. */
export const DELIVERIES_KEPT = 32;

/** A fact's answer read but waiting for one more detail (src/parsing/followUp.ts): nothing is recorded before it. */
export const Waiting = z.object({ fact: z.string(), pending: FactValue, summary: z.string(), followUp: FollowUp });
export type Waiting = z.infer<typeof Waiting>;

/**
 * Facts read from a pasted summary, shown for confirmation: nothing is recorded before the clinician confirms.
 * `source` holds the words each came from, identifiers already blanked out by the reader.
 */
export const PendingReading = z.object({
  seq: z.number().int(),
  facts: z.array(z.object({ fact: z.string(), value: FactValue, summary: z.string(), source: z.string() })),
  unclear: z.array(z.object({ fact: z.string(), source: z.string(), message: z.string() })),
});
export type PendingReading = z.infer<typeof PendingReading>;

/** The question on screen. */
export const Asking = z.object({
  /** The question's number; its buttons carry it, so a click on any other question is recognised. */
  seq: z.number().int(),
  /** The facts asked: one, or a group on one card (src/screening/questionGroups.ts). */
  facts: z.array(z.string().min(1)).min(1),
  /** Unreadable answers given to it so far. */
  tries: z.number().int().min(0),
  /** When the question asks for details: the answers waiting for them, one per fact asked. */
  followUps: z.array(Waiting).optional(),
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
  /**
   * `screening`: questions are being asked; `confirming`: facts read from a pasted summary wait for confirmation;
   * `results`: results were shown and no question is open.
   */
  phase: z.enum(['screening', 'confirming', 'results']),
  asking: Asking.optional(),
  reading: PendingReading.optional(),
  /** Asked again first, after "back". */
  askNext: z.string().optional(),
  /** Further answers of the last card waiting for a detail each, asked one after the other before anything new. */
  waiting: z.array(Waiting).default([]),
  /** Result cards already shown, for "more". */
  cardsShown: z.number().int().min(0),
  /** The screening reached its verdicts once already (the pre-screening log has its rows). */
  screened: z.boolean().default(false),
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
    waiting: [],
    screened: false,
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
