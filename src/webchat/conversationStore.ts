import type { ActivityJson } from '../botframework/activity';
import { ACTIVITY_LOG_LIMITS, type ActivityLogLimits, type ActivitySet } from './activityLog';
import { REMEMBERED_DELIVERIES } from './deliveries';

/**
 * Idle time after which a conversation and its log (the typed answers) are forgotten, at most; a shorter
 * STATE_IDLE_HOURS shortens it. A browser polling every second keeps a conversation alive.
 */
export const CONVERSATION_IDLE_MS = 60 * 60 * 1000;

/**
 * Open conversations at most. With each log capped (see ActivityLog) this bounds what the channel keeps: about
 * 500 × 256 KiB = 128 MiB in the worst case, whatever a client floods it with.
 */
export const MAX_CONVERSATIONS = 500;

/**
 * How long a conversation without a clinician's message must have been left before it gives its place away
 * first: an open page polls every second, so a page just opened is never taken for one left behind.
 */
export const UNUSED_AFTER_MS = 10_000;

export interface ConversationLimits {
  /** Open conversations at most: a new one takes the place of one left behind (see MemoryConversationStore.open). */
  open: number;
  /** Time without use after which a conversation is forgotten. */
  idleMs: number;
  log: ActivityLogLimits;
  /** Posts remembered per conversation by their client's id. */
  remembered: number;
}

export function conversationLimits(idleMs = CONVERSATION_IDLE_MS): ConversationLimits {
  return { open: MAX_CONVERSATIONS, idleMs, log: ACTIVITY_LOG_LIMITS, remembered: REMEMBERED_DELIVERIES };
}

/**
 * What recording a post found. A re-post of an answered post is answered with the first post's id; a post
 * recorded but never answered (its turn was cut short, as when an instance dies) comes back as the echo logged
 * then, for its turn to run again.
 */
export type RecordedPost = { answered: true; id: string } | { answered: false; echo: ActivityJson };

/**
 * The intranet channel's open conversations: each one's activity log, which pages poll, and the posts it took
 * by their client's id. Every call on a conversation marks it as used; one never started, left idle past
 * the idle time or evicted to make room is not open (undefined, false).
 *
 * A conversation's calls that record (recordPost, recordReplies) are made one at a time, under the channel's
 * lock on that conversation; each call is atomic on its own, so readers on any instance see whole turns.
 */
export interface ConversationStore {
  /** Opens the conversation unless it is open; true when this call opened it. */
  open(conversationId: string): Promise<boolean>;
  /** Whether the conversation is open. */
  touch(conversationId: string): Promise<boolean>;
  /**
   * Appends a posted activity to the log (stamped with its id and time) and remembers its client id, unless that
   * client id was posted already. A message marks the conversation as holding the clinician's words.
   */
  recordPost(conversationId: string, activity: ActivityJson, clientActivityId: string | undefined): Promise<RecordedPost | undefined>;
  /** Appends the bot's replies, in order; with the client id of the post they answer, that post is answered. */
  recordReplies(conversationId: string, replies: readonly ActivityJson[], clientActivityId: string | undefined): Promise<void>;
  /** The activities after `watermark` (see ActivityLog.since). */
  since(conversationId: string, watermark: string | undefined): Promise<ActivitySet | undefined>;
  /** Conversations open now, for the channel's gauge. */
  openCount(): Promise<number>;
}
