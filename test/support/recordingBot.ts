import { ActivityHandler, type Activity } from 'botbuilder';

export type SeenActivity = Pick<Partial<Activity>, 'type' | 'id' | 'text' | 'channelId' | 'serviceUrl' | 'deliveryMode' | 'from' | 'recipient' | 'conversation' | 'membersAdded'>;

/**
 * Keeps what every turn received, greets on every conversationUpdate that adds members (no state: it is
 * the channel that must send only one), echoes messages, and counts turns of one conversation that overlap.
 */
export class RecordingBot extends ActivityHandler {
  readonly seen: SeenActivity[] = [];
  maxOverlap = 0;
  private running = new Map<string, number>();

  constructor(private readonly turnDelayMs = 0) {
    super();
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity('Hello from the recording bot');
      await next();
    });
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? JSON.stringify(context.activity.value)}`);
      await next();
    });
  }

  override async run(context: Parameters<ActivityHandler['run']>[0]): Promise<void> {
    const { type, id, text, channelId, serviceUrl, deliveryMode, from, recipient, conversation, membersAdded } = context.activity;
    this.seen.push({ type, id, text, channelId, serviceUrl, deliveryMode, from, recipient, conversation, membersAdded });
    const key = conversation?.id ?? '';
    const overlap = (this.running.get(key) ?? 0) + 1;
    this.running.set(key, overlap);
    this.maxOverlap = Math.max(this.maxOverlap, overlap);
    try {
      if (this.turnDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.turnDelayMs));
      await super.run(context);
    } finally {
      this.running.set(key, (this.running.get(key) ?? 1) - 1);
    }
  }
}
