import { ActivityHandler } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRepliesMessage } from '../support/activities';
import { startBotServer, type BotServer } from '../support/botServer';
import { postJson } from '../support/http';

// Long enough for a concurrently posted request to arrive and start its turn, were it allowed to.
const WINDOW_MS = 300;

/**
 * Each turn records its start, then waits until another turn starts or WINDOW_MS passes, then records
 * its end. Overlapping turns therefore show up as start, start; serialized ones as start, end.
 */
class OverlapProbeBot extends ActivityHandler {
  readonly events: string[] = [];
  private waiters: Array<() => void> = [];

  constructor() {
    super();
    this.onMessage(async (context) => {
      const name = context.activity.text ?? '';
      this.events.push(`start ${name}`);
      for (const wake of this.waiters.splice(0)) wake();
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, WINDOW_MS);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.events.push(`end ${name}`);
    });
  }
}

describe('turns through the real adapter', () => {
  let bot: BotServer;
  let probe: OverlapProbeBot;

  beforeAll(async () => {
    probe = new OverlapProbeBot();
    bot = await startBotServer({ bot: probe });
  });

  afterAll(async () => {
    await bot.close();
  });

  it('do not interleave within one conversation', async () => {
    probe.events.length = 0;
    const first = expectRepliesMessage('a');
    const second = expectRepliesMessage('b', { conversation: first.conversation });
    const responses = await Promise.all([postJson(bot.messagesUrl, first), postJson(bot.messagesUrl, second)]);

    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    expect(probe.events).toHaveLength(4);
    const [firstName] = (probe.events[0] ?? '').split(' ').slice(1);
    const secondName = firstName === 'a' ? 'b' : 'a';
    expect(probe.events).toEqual([`start ${firstName}`, `end ${firstName}`, `start ${secondName}`, `end ${secondName}`]);
  });

  it('overlap across conversations', async () => {
    probe.events.length = 0;
    await Promise.all([
      postJson(bot.messagesUrl, expectRepliesMessage('x')),
      postJson(bot.messagesUrl, expectRepliesMessage('y')),
    ]);

    expect(probe.events).toHaveLength(4);
    expect(probe.events.slice(0, 2).every((event) => event.startsWith('start'))).toBe(true);
  });
});
