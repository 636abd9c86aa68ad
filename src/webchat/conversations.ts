import { ActivityLog } from './activityLog';

/**
 * Idle time after which a conversation and its log (the typed answers) are forgotten, at most; a shorter
 * STATE_IDLE_HOURS shortens it. A browser polling every second keeps a conversation alive.
 */
export const CONVERSATION_IDLE_MS = 60 * 60 * 1000;

/** Open conversations at most (each log holds up to 1 MB); beyond it new ones are refused until idle ones expire. */
export const MAX_CONVERSATIONS = 1000;

export class IntranetConversation {
  readonly log: ActivityLog;
  lastUsed: number;
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

export type OpenResult = { ok: true; conversation: IntranetConversation; created: boolean } | { ok: false; problem: 'full' };

/** The intranet channel's open conversations, in memory: like the bot's state, they do not survive a restart. */
export class Conversations {
  private readonly open = new Map<string, IntranetConversation>();

  constructor(
    private readonly now: () => number,
    private readonly limit = MAX_CONVERSATIONS,
    private readonly idleMs = CONVERSATION_IDLE_MS,
  ) {}

  /** The conversation, created on first use. */
  openOrCreate(id: string, userId: string): OpenResult {
    const existing = this.get(id);
    if (existing) return { ok: true, conversation: existing, created: false };
    this.expireIdle();
    if (this.open.size >= this.limit) return { ok: false, problem: 'full' };
    const conversation = new IntranetConversation(id, userId, this.now);
    this.open.set(id, conversation);
    return { ok: true, conversation, created: true };
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

  private expireIdle(): void {
    for (const [id, conversation] of this.open) if (this.isIdle(conversation)) this.open.delete(id);
  }

  private isIdle(conversation: IntranetConversation): boolean {
    return this.now() - conversation.lastUsed >= this.idleMs;
  }
}
