import { ActivityTypes, type Activity } from 'botbuilder';
import { stamped, type ActivitySet } from './activityLog';
import { conversationLimits, type ConversationLimits, type ConversationStore, type RecordedPost } from './conversationStore';
import { Conversations } from './conversations';

/** The channel's conversations in this process's memory, for one instance: nothing at rest, gone on restart. */
export class MemoryConversationStore implements ConversationStore {
  private readonly conversations: Conversations;

  constructor(
    private readonly now: () => number,
    limits: ConversationLimits = conversationLimits(),
  ) {
    this.conversations = new Conversations(now, limits);
  }

  async open(conversationId: string): Promise<boolean> {
    return this.conversations.openOrCreate(conversationId).created;
  }

  async touch(conversationId: string): Promise<boolean> {
    return this.conversations.get(conversationId) !== undefined;
  }

  async recordPost(conversationId: string, activity: Partial<Activity>, clientActivityId: string | undefined): Promise<RecordedPost | undefined> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    const delivery = clientActivityId === undefined ? undefined : conversation.deliveries.of(clientActivityId);
    if (delivery?.answered) return { answered: true, id: delivery.id };
    if (delivery) return { answered: false, echo: stamped(activity, delivery.id, this.now()) };
    const echo = conversation.log.append(activity);
    if (clientActivityId !== undefined) conversation.deliveries.remember(clientActivityId, echo.id ?? '');
    if (activity.type === ActivityTypes.Message) conversation.hasClinicianMessage = true;
    return { answered: false, echo };
  }

  async recordReplies(conversationId: string, replies: readonly Partial<Activity>[], clientActivityId: string | undefined): Promise<void> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    for (const reply of replies) conversation.log.append(reply);
    if (clientActivityId !== undefined) conversation.deliveries.answered(clientActivityId);
  }

  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet | undefined> {
    return this.conversations.get(conversationId)?.log.since(watermark);
  }

  async openCount(): Promise<number> {
    return this.conversations.size;
  }
}
