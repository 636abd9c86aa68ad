import type { ActivityJson } from '../botframework/activity';
import { ActivityLog, stamped, type ActivitySet } from './activityLog';
import { conversationLimits, UNUSED_AFTER_MS, type ConversationLimits, type ConversationStore, type RecordedPost } from './conversationStore';
import { Deliveries } from './deliveries';

/** One open conversation: its log, the posts it took by client id, and what eviction looks at. */
interface MemoryConversation {
  readonly id: string;
  readonly log: ActivityLog;
  readonly deliveries: Deliveries;
  lastUsed: number;
  /** Whether the clinician has posted a message: until then the conversation holds nothing of theirs. */
  hasClinicianMessage: boolean;
}

/** The channel's conversations in this process's memory, for one instance: nothing at rest, gone on restart. */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, MemoryConversation>();

  constructor(
    private readonly now: () => number,
    private readonly limits: ConversationLimits = conversationLimits(),
  ) {}

  /**
   * A new conversation always gets a place: when every place is taken, the least recently used conversation
   * without a clinician's message, left for UNUSED_AFTER_MS, gives up its own (a page opened and left, or a flood
   * of opened conversations), or else the least recently used of all. An open page polls every second, so a
   * clinician's page is never the least recently used unless someone keeps hundreds of conversations busier than
   * that, which the per-client rate limits prevent.
   */
  async open(conversationId: string): Promise<boolean> {
    if (this.used(conversationId)) return false;
    this.expireIdle();
    if (this.conversations.size >= this.limits.open) this.evictOne();
    this.conversations.set(conversationId, {
      id: conversationId,
      log: new ActivityLog(conversationId, this.now, this.limits.log),
      deliveries: new Deliveries(this.limits.remembered),
      lastUsed: this.now(),
      hasClinicianMessage: false,
    });
    return true;
  }

  async touch(conversationId: string): Promise<boolean> {
    return this.used(conversationId) !== undefined;
  }

  async recordPost(conversationId: string, activity: ActivityJson, clientActivityId: string | undefined): Promise<RecordedPost | undefined> {
    const conversation = this.used(conversationId);
    if (!conversation) return undefined;
    const delivery = clientActivityId === undefined ? undefined : conversation.deliveries.of(clientActivityId);
    if (delivery?.answered) return { answered: true, id: delivery.id };
    if (delivery) return { answered: false, echo: stamped(activity, delivery.id, this.now()) };
    const echo = conversation.log.append(activity);
    if (clientActivityId !== undefined) conversation.deliveries.remember(clientActivityId, echo.id ?? '');
    if (activity.type === 'message') conversation.hasClinicianMessage = true;
    return { answered: false, echo };
  }

  async recordReplies(conversationId: string, replies: readonly ActivityJson[], clientActivityId: string | undefined): Promise<void> {
    const conversation = this.used(conversationId);
    if (!conversation) return;
    for (const reply of replies) conversation.log.append(reply);
    if (clientActivityId !== undefined) conversation.deliveries.answered(clientActivityId);
  }

  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet | undefined> {
    return this.used(conversationId)?.log.since(watermark);
  }

  async openCount(): Promise<number> {
    return this.conversations.size;
  }

  /** The open conversation, marked as used, or undefined when it never started, has expired or was evicted. */
  private used(conversationId: string): MemoryConversation | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    if (this.isIdle(conversation)) {
      this.conversations.delete(conversationId);
      return undefined;
    }
    conversation.lastUsed = this.now();
    return conversation;
  }

  private evictOne(): void {
    const leastRecentlyUsed = (candidates: MemoryConversation[]) =>
      candidates.reduce<MemoryConversation | undefined>((oldest, conversation) => (!oldest || conversation.lastUsed < oldest.lastUsed ? conversation : oldest), undefined);
    const all = [...this.conversations.values()];
    const unused = all.filter((conversation) => !conversation.hasClinicianMessage && this.now() - conversation.lastUsed >= UNUSED_AFTER_MS);
    const evicted = leastRecentlyUsed(unused) ?? leastRecentlyUsed(all);
    if (evicted) this.conversations.delete(evicted.id);
  }

  private expireIdle(): void {
    for (const [id, conversation] of this.conversations) if (this.isIdle(conversation)) this.conversations.delete(id);
  }

  private isIdle(conversation: MemoryConversation): boolean {
    return this.now() - conversation.lastUsed >= this.limits.idleMs;
  }
}
