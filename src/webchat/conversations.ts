import { ActivityLog } from './activityLog';
import { conversationLimits, UNUSED_AFTER_MS, type ConversationLimits } from './conversationStore';
import { Deliveries } from './deliveries';

export class IntranetConversation {
  readonly log: ActivityLog;
  /** Posted activities by their client's id: a re-post is recognised, never run again once answered. */
  readonly deliveries: Deliveries;
  lastUsed: number;
  /** Whether the clinician has posted a message: until then the conversation holds nothing of theirs. */
  hasClinicianMessage = false;

  constructor(
    readonly id: string,
    now: () => number,
    limits: ConversationLimits,
  ) {
    this.log = new ActivityLog(id, now, limits.log);
    this.deliveries = new Deliveries(limits.remembered);
    this.lastUsed = now();
  }
}

export interface OpenResult {
  conversation: IntranetConversation;
  created: boolean;
}

/** The intranet channel's open conversations in this process's memory: like its state, they do not survive a restart. */
export class Conversations {
  private readonly open = new Map<string, IntranetConversation>();

  constructor(
    private readonly now: () => number,
    private readonly limits: ConversationLimits = conversationLimits(),
  ) {}

  /**
   * The conversation, created on first use. A new conversation always gets a place: when every place is taken,
   * the least recently used conversation without a clinician's message, left for UNUSED_AFTER_MS, gives up its
   * own (a page opened and left, or a flood of opened conversations), or else the least recently used of all. An
   * open page polls every second, so a clinician's page is never the least recently used unless someone keeps
   * hundreds of conversations busier than that, which the per-client rate limits prevent.
   */
  openOrCreate(id: string): OpenResult {
    const existing = this.get(id);
    if (existing) return { conversation: existing, created: false };
    this.expireIdle();
    if (this.open.size >= this.limits.open) this.evictOne();
    const conversation = new IntranetConversation(id, this.now, this.limits);
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
    return this.now() - conversation.lastUsed >= this.limits.idleMs;
  }
}
