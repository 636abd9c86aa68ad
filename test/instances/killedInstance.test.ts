import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { redisServerMissing, withRedis } from '../support/redisServer';
import { MessagesConversation, WebChatPage } from './support/entryPoints';
import { answersNotNoted, screen, type ReplyActivity, type ScreeningRun } from './support/screeningScript';
import { startSharedRedisInstances, type SharedRedisInstances } from './support/sharedRedis';

const [A, B] = [0, 1];
/** The answer during which A is killed: turns before it alternate between A and B, turns after it go to B. */
const KILLED_AT = 3;

describe.each(SDKS)('with %s', (sdk) => {
  let shared: SharedRedisInstances;
  let urls: string[];
  /** The same screening on B alone, through each entry point. */
  let alone: { messages: ScreeningRun; webChat: ScreeningRun };

  const instanceOf = (turn: number): number => (turn < KILLED_AT ? (turn + 1) % 2 : B);

  /**
   * Kills A with SIGKILL while both screenings' answer number KILLED_AT are under way there: each screening, at
   * that answer, waits for the other (`bothAtTheKill`) before sending it to A, then for the kill. A dies as soon as
   * Redis shows both turns running (three locks held: the Web Chat post's, and each conversation's state lock, which
   * a turn holds from reading its state to writing it), or after a second. Turns are quick, so A may also die just
   * before or after one: whichever it is, nothing may be lost or applied twice.
   */
  function killWhenBothRunOnA(): { bothAtTheKill: () => Promise<void>; killed: Promise<void> } {
    let arrived = 0;
    let bothArrived!: () => void;
    const both = new Promise<void>((resolve) => (bothArrived = resolve));
    const killed = both.then(async () => {
      let locks = 0;
      for (const giveUp = Date.now() + 1_000; locks < 3 && Date.now() < giveUp; await sleep(1)) locks = (await shared.inspect.keys('*:lock:*')).length;
      shared.instances[A]!.kill('SIGKILL');
      await shared.instances[A]!.exited;
    });
    return {
      bothAtTheKill: () => {
        arrived += 1;
        if (arrived === 2) bothArrived();
        return both;
      },
      killed,
    };
  }

  describe.skipIf(redisServerMissing !== undefined)(withRedis('two bot processes sharing one Redis, one of them killed'), () => {
    beforeAll(async () => {
      shared = await startSharedRedisInstances(2, { BOT_SDK: sdk });
      urls = shared.instances.map((instance) => instance.url);
      const conversation = new MessagesConversation(urls, 'on-b-alone');
      const page = await WebChatPage.open(urls, B);
      alone = {
        messages: await screen(await conversation.say('hello', B), (text) => conversation.say(text, B)),
        webChat: await screen(await page.greeting(B), (text) => page.say(text, B, B)),
      };
      expect(answersNotNoted(alone.messages)).toEqual([]);
    }, 60_000);
    afterAll(async () => {
      await shared?.stop();
    });

    it('lets the other carry on with every answer kept, to the verdicts of one instance alone, through both entry points', async () => {
      const kill = killWhenBothRunOnA();
      const conversation = new MessagesConversation(urls, 'killed-mid-screening');
      const page = await WebChatPage.open(urls, A);

      const viaMessages = screen(await conversation.say('hello', A), async (text, turn): Promise<ReplyActivity[]> => {
        if (turn !== KILLED_AT) return conversation.say(text, instanceOf(turn));
        const activity = conversation.activity(text);
        await kill.bothAtTheKill();
        const cut = conversation.send(activity, A).catch(() => undefined);
        await kill.killed;
        await cut;
        // The channel delivers it again, to the instance left.
        const again = await conversation.send(activity, B);
        expect(again.status).toBe(200);
        return again.replies;
      });

      const viaWebChat = screen(await page.greeting(B), async (text, turn) => {
        if (turn !== KILLED_AT) return page.say(text, instanceOf(turn), B);
        await kill.bothAtTheKill();
        const cut = page.post(text, A, 'posted-as-a-died').catch(() => undefined);
        await kill.killed;
        await cut;
        // Web Chat's retry: the same activity (same clientActivityID), to the instance left.
        const again = await page.post(text, B, 'posted-as-a-died');
        expect(again.status).toBe(200);
        return page.repliesTo(again.id, B);
      });

      const [messages, webChat] = await Promise.all([viaMessages, viaWebChat]);
      expect(shared.instances[A]!.crashed()).toBe(false);
      expect(await shared.instances[A]!.exited).toBeNull();
      for (const [run, reference] of [
        [messages, alone.messages],
        [webChat, alone.webChat],
      ] as const) {
        expect(run.turns.map((turn) => turn.answer)).toEqual(reference.turns.map((turn) => turn.answer));
        expect(run.results).toBe(reference.results);
        // Every answer kept, each once.
        expect(run.summary).toBe(reference.summary);
      }
      const activities = await page.activities(B);
      expect(activities.filter((activity) => activity.channelData?.clientActivityID === 'posted-as-a-died')).toHaveLength(1);
      expect(shared.instances[B]!.crashed()).toBe(false);
      expect(shared.instances[B]!.lines.filter((line) => line.level === 'error')).toEqual([]);
    }, 60_000);
  });
});
