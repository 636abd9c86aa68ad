import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { Detail, FactDetail, detailKey } from '../domain/detail';
import { Answers, FactValue } from '../domain/factValue';
import { Guess } from '../domain/guess';
import { Reading } from '../domain/reading';
import { UnclearFact } from '../domain/unclearReason';
import { Locale } from '../domain/wording';
import { FollowUp } from '../parsing/followUp';

/**
 * Bumped whenever a stored state of the previous shape could be misread; older states start a new screening.
 * 4: readings and why facts are asked kept as codes (no sentence in the state), and the conversation's language.
 */
export const SCREENING_STATE_VERSION = 4;

/** Delivery keys remembered per conversation, to recognise an activity delivered again. */
export const DELIVERIES_KEPT = 32;

/** Cards of answers "back" can undo, newest last. */
export const UNDO_KEPT = 20;

/** A fact's answer read but waiting for one more word (src/parsing/followUp.ts): nothing is recorded before it. */
export const Waiting = z.object({ fact: z.string(), pending: FactValue, reading: Reading, followUp: FollowUp });
export type Waiting = z.infer<typeof Waiting>;

/** One question of a card: a fact, or a detail of the fact's answer (its start, dose…). */
export const AskedItem = z.object({ fact: z.string().min(1), detail: Detail.optional() });
export type AskedItem = z.infer<typeof AskedItem>;

/**
 * Facts read from a pasted summary, shown for confirmation: nothing is recorded before the clinician confirms.
 * `source` holds the words each came from, identifiers already blanked out by the reader; `guesses` what the
 * reading took them to mean beyond what they say. `asks`: the first questions still open once these facts are
 * recorded, asked below them on the same card, so that one Submit records and answers.
 */
export const PendingReading = z.object({
  seq: z.number().int(),
  facts: z.array(z.object({ fact: z.string(), value: FactValue, reading: Reading, source: z.string(), guesses: z.array(Guess).default([]) })),
  unclear: z.array(UnclearFact),
  asks: z.array(AskedItem).default([]),
});
export type PendingReading = z.infer<typeof PendingReading>;

/** The question on screen. */
export const Asking = z.object({
  /** The question's number; its buttons carry it, so a click on any other question is recognised. */
  seq: z.number().int(),
  /** What is asked: one item, or a group on one card (src/screening/questionGroups.ts). */
  items: z.array(AskedItem).min(1),
  /** Unreadable answers given to it so far. */
  tries: z.number().int().min(0),
  /** When the question asks for one more word about readings not yet recorded: those readings, one per item. */
  followUps: z.array(Waiting).optional(),
});
export type Asking = z.infer<typeof Asking>;

/** What one card of answers changed, so that "back" undoes it whole: each fact's value before, and the details declined. */
export const UndoEntry = z.object({
  facts: z.array(z.object({ fact: z.string(), before: FactValue.optional() })),
  declined: z.array(FactDetail).default([]),
});
export type UndoEntry = z.infer<typeof UndoEntry>;

/** One patient's screening: everything the conversation keeps between turns, validated whenever it is read. */
export const ScreeningState = z.object({
  version: z.literal(SCREENING_STATE_VERSION),
  /** The welcome was said (once per conversation). */
  welcomed: z.boolean(),
  /** The language every reply is said in: the channel's (the activity's locale), until the clinician names one. */
  locale: Locale,
  /** The clinician chose the language by typing its name ("中文", "English"): the channel's locale no longer changes it. */
  localeChosen: z.boolean(),
  answers: Answers,
  /** Fact ids in the order they were first answered, for the summary and the referral. */
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
  /** Asked again first: the items of a card undone by "back", or a detail reopened from the results. */
  askFirst: z.array(AskedItem).default([]),
  /** Further readings of the last card waiting for one more word each, asked before anything new. */
  waiting: z.array(Waiting).default([]),
  /** Details asked and not given (left blank, or "unknown"): never asked again unless reopened. */
  declined: z.array(FactDetail).default([]),
  /** The last cards of answers, for "back". */
  undo: z.array(UndoEntry).max(UNDO_KEPT).default([]),
  /** Result cards already shown, for "more". */
  cardsShown: z.number().int().min(0),
  /** The screening reached its verdicts once already (the pre-screening log has its rows). */
  screened: z.boolean().default(false),
  /** Ids of the latest activities applied (activity id or Direct Line clientActivityID), newest last. */
  deliveries: z.array(z.string()).max(DELIVERIES_KEPT),
});
export type ScreeningState = z.infer<typeof ScreeningState>;

export function newScreening(welcomed = false, locale: Locale = 'en', localeChosen = false): ScreeningState {
  return {
    version: SCREENING_STATE_VERSION,
    welcomed,
    locale,
    localeChosen,
    answers: {},
    answered: [],
    seq: randomInt(1, 2 ** 40),
    phase: 'screening',
    askFirst: [],
    waiting: [],
    declined: [],
    undo: [],
    cardsShown: 0,
    screened: false,
    deliveries: [],
  };
}

/** What was stored, as a state to continue from; `reset` says why a new screening starts instead. */
export type StoredScreening = { state: ScreeningState; reset?: 'version' | 'invalid' };

/**
 * Reads a stored state. Nothing stored is a new conversation; a state of another version, or one that fails
 * validation, starts over. The state is always a new object (validation builds it), which the turn then changes.
 */
export function readScreening(stored: unknown): StoredScreening {
  if (stored === undefined) return { state: newScreening() };
  const parsed = ScreeningState.safeParse(stored);
  if (parsed.success) return { state: parsed.data };
  const version = (stored as { version?: unknown } | null)?.version;
  // The clinician has been welcomed already: only the answers are lost.
  return { state: newScreening(true), reset: version !== SCREENING_STATE_VERSION ? 'version' : 'invalid' };
}

/**
 * Records one card's answers and the details it left unanswered, as one step "back" can undo: each value
 * replaces the fact's answer (a detail given completes it), each declined detail is not asked again.
 */
export function recordCard(state: ScreeningState, values: readonly { fact: string; value: FactValue }[], declined: readonly FactDetail[] = []): void {
  if (values.length === 0 && declined.length === 0) return;
  state.undo = [...state.undo, { facts: values.map(({ fact }) => ({ fact, ...(state.answers[fact] ? { before: state.answers[fact] } : {}) })), declined: [...declined] }].slice(-UNDO_KEPT);
  for (const { fact, value } of values) {
    state.answers[fact] = value;
    if (!state.answered.includes(fact)) state.answered = [...state.answered, fact];
  }
  const known = new Set(state.declined.map(detailKey));
  state.declined = [...state.declined, ...declined.filter((d) => !known.has(detailKey(d)))];
}

/** Undoes the last card of answers; returns the items it answered, to be asked again first, or undefined when there is none. */
export function undoLastCard(state: ScreeningState): AskedItem[] | undefined {
  const last = state.undo.at(-1);
  if (!last) return undefined;
  state.undo = state.undo.slice(0, -1);
  for (const { fact, before } of last.facts) {
    if (before) state.answers[fact] = before;
    else {
      delete state.answers[fact];
      state.answered = state.answered.filter((f) => f !== fact);
    }
  }
  const undone = new Set(last.declined.map(detailKey));
  state.declined = state.declined.filter((d) => !undone.has(detailKey(d)));
  return [...last.facts.filter((f) => !f.before).map(({ fact }) => ({ fact })), ...last.declined];
}

/** Records a delivery key; false when it was applied already. */
export function firstDelivery(state: ScreeningState, key: string): boolean {
  if (state.deliveries.includes(key)) return false;
  state.deliveries = [...state.deliveries, key].slice(-DELIVERIES_KEPT);
  return true;
}

/** The same question item: the same fact, and the same detail of it or none. */
export function sameItem(a: AskedItem, b: AskedItem): boolean {
  if (a.fact !== b.fact) return false;
  if (!a.detail || !b.detail) return !a.detail && !b.detail;
  return detailKey({ fact: a.fact, detail: a.detail }) === detailKey({ fact: b.fact, detail: b.detail });
}
