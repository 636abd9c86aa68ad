import type { Bot, Turn } from '../../src/botframework/seam';
import { MemoryStateStore } from '../../src/store/memoryStateStore';

/** The echo bot plus what any conversation needs: its state read and written back (with its eTag) every turn. */
export class StateEchoBot implements Bot {
  private readonly state = new MemoryStateStore(60 * 60 * 1000);

  async run(turn: Turn): Promise<void> {
    if (turn.activity.type !== 'message') return;
    const key = JSON.stringify([turn.ingress, turn.activity.channelId, turn.activity.conversation?.id]);
    const stored = await this.state.read(key);
    const count = (typeof stored?.value === 'number' ? stored.value : 0) + 1;
    await this.state.write(key, count, stored?.etag);
    const text = `echo ${count}: ${turn.text}`;
    await turn.send([{ text, summary: text }]);
  }
}
