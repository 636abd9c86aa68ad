import { ActivityLog } from './activityLog';
import { Deliveries } from './deliveries';

/**
 * Idle time after which a conversation and its log (the typed answers) are forgotten, at most; a shorter
 * STATE_IDLE_HOURS shortens it. A browser polling every second keeps a conversation alive.
 */
export const CONVERSATION_IDLE_MS = 60 * 60 * 1000;

/**
 * Open conversations at most. With each log capped (see ActivityLog) this bounds the channel's memory: about
 * 500 × 256 KiB = 128 MiB in the worst case, whatever a client floods it with.
 */
export const MAX_CONVERSATIONS = 500;

/**
 * How long a conversation without a clinician's message must have been left before it gives its place away
 * first: an open page polls every second, so a page just opened is never taken for one left behind.
 */
export const UNUSED_AFTER_MS = 10_000;

export class IntranetConversation {
  readonly log: ActivityLog;
  /** Posted activities already answered, by their client's id: a re-post is recognised, never run again. */
  readonly deliveries = new Deliveries();
  lastUsed: number;
  /** Whether the clinician has posted a message: until then the conversation holds nothing of theirs. */
  hasClinicianMessage = false;
  private tail: Promise<unknown> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly userId: string,
    now: () => number,
  ) {
    this.log = new ActivityLog(id, now);
    this.lastUsed = now();
  }

  /**
   * Runs `work` after the conversation's earlier work. SerialTurns already keeps turns apart, but two
   * posts racing through the adapter's async start could enter it in either order; queueing here keeps
   * each echo and its replies together in the log, in the order the posts arrived.
   */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface OpenResult {
  conversation: IntranetConversation;
  created: boolean;
}

/** The intranet channel's open conversations, in memory: like the bot's state, they do not survive a restart. */
export class Conversations {
  private readonly open = new Map<string, IntranetConversation>();

  constructor(
    private readonly now: () => number,
    private readonly limit = MAX_CONVERSATIONS,
    private readonly idleMs = CONVERSATION_IDLE_MS,
  ) {}

  /**
   * The conversation, created on first use. A new conversation always gets a place: when every place is taken,
   * the least recently used conversation without a clinician's message, left for UNUSED_AFTER_MS, gives up its
   * own (a page opened and left, or a flood of opened conversations), or else the least recently used of all. An
   * open page polls every second, so a clinician's page is never the least recently used unless someone keeps
   * hundreds of conversations busier than that, which the per-client rate limits prevent.
   */
  openOrCreate(id: string, userId: string): OpenResult {
    const existing = this.get(id);
    if (existing) return { conversation: existing, created: false };
    this.expireIdle();
    if (this.open.size >= this.limit) this.evictOne();
    const conversation = new IntranetConversation(id, userId, this.now);
    this.open.set(id, conversation);
    return { conversation, created: true };
  }

  /** The open conversation, marked as used, or undefined when it never started or has expired. */
  get(id: string): IntranetConversation | undefined {
    const conversation = this.open.get(id);
    if (!conversation) return undefined;
    if (this.isIdle(conversation)) {
      this.open.delete(id);
      return undefined;
    }
    conversation.lastUsed = this.now();
    return conversation;
  }

  get size(): number {
    return this.open.size;
  }

  private evictOne(): void {
    const leastRecentlyUsed = (candidates: IntranetConversation[]) =>
      candidates.reduce<IntranetConversation | undefined>((oldest, conversation) => (!oldest || conversation.lastUsed < oldest.lastUsed ? conversation : oldest), undefined);
    const all = [...this.open.values()];
    const unused = all.filter((conversation) => !conversation.hasClinicianMessage && this.now() - conversation.lastUsed >= UNUSED_AFTER_MS);
    const evicted = leastRecentlyUsed(unused) ?? leastRecentlyUsed(all);
    if (evicted) this.open.delete(evicted.id);
  }

  private expireIdle(): void {
    for (const [id, conversation] of this.open) if (this.isIdle(conversation)) this.open.delete(id);
  }

  private isIdle(conversation: IntranetConversation): boolean {
    return this.now() - conversation.lastUsed >= this.idleMs;
  }
}
