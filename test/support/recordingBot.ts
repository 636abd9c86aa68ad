import type { ActivityJson } from '../../src/botframework/activity';
import type { Bot, Turn } from '../../src/botframework/seam';
import { textMessage } from './echoBot';

export type SeenActivity = Pick<ActivityJson, 'type' | 'id' | 'text' | 'channelId' | 'serviceUrl' | 'deliveryMode' | 'from' | 'recipient' | 'conversation' | 'membersAdded'>;

/**
 * Keeps what every turn received, greets on every conversationUpdate that adds members (no state: it is
 * the channel that must send only one), echoes messages, and counts turns of one conversation that overlap.
 */
export class RecordingBot implements Bot {
  readonly seen: SeenActivity[] = [];
  maxOverlap = 0;
  private running = new Map<string, number>();

  constructor(private readonly turnDelayMs = 0) {}

  async run(turn: Turn): Promise<void> {
    const { type, id, text, channelId, serviceUrl, deliveryMode, from, recipient, conversation, membersAdded } = turn.activity;
    this.seen.push({ type, id, text, channelId, serviceUrl, deliveryMode, from, recipient, conversation, membersAdded });
    const key = conversation?.id ?? '';
    const overlap = (this.running.get(key) ?? 0) + 1;
    this.running.set(key, overlap);
    this.maxOverlap = Math.max(this.maxOverlap, overlap);
    try {
      if (this.turnDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.turnDelayMs));
      if (type === 'conversationUpdate' && (membersAdded?.length ?? 0) > 0) await turn.send([textMessage('Hello from the recording bot')]);
      if (type === 'message') await turn.send([textMessage(`echo: ${turn.activity.text ?? JSON.stringify(turn.activity.value)}`)]);
    } finally {
      this.running.set(key, (this.running.get(key) ?? 1) - 1);
    }
  }
}
