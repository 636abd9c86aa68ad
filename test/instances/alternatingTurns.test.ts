import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../src/clock';
import type { LoggedActivity } from '../support/directLineClient';
import { SDKS } from '../support/sdks';
import { redisServerMissing, withRedis } from '../support/redisServer';
import { shownText } from '../support/shownText';
import { MessagesConversation, WebChatPage } from './support/entryPoints';
import { answersNotNoted, screen, type ScreeningRun } from './support/screeningScript';
import { startSharedRedisInstances, type SharedRedisInstances } from './support/sharedRedis';

const IDLE_HOURS = 2;

describe.each(SDKS)('with %s', (sdk) => {
  let shared: SharedRedisInstances;
  let urls: string[];
  /** The same screening on instance A alone, through each entry point. */
  let alone: { messages: ScreeningRun; webChat: ScreeningRun };
  let conversations = 0;

  /** Instance A takes the greeting (turn -1), B the first answer, A the second, and so on. */
  const alternate = (turn: number): number => (turn + 1) % 2;
  const onlyA = (): number => 0;

  async function messagesScreening(instanceOf: (turn: number) => number): Promise<ScreeningRun> {
    const conversation = new MessagesConversation(urls, `instances-${(conversations += 1)}`);
    return screen(await conversation.say('hello', instanceOf(-1)), (text, turn) => conversation.say(text, instanceOf(turn)));
  }

  /** A page with a token from A; each answer posted to `instanceOf(turn)` and its replies polled from the other instance. */
  async function webChatScreening(instanceOf: (turn: number) => number): Promise<{ page: WebChatPage; run: ScreeningRun }> {
    const page = await WebChatPage.open(urls, 0);
    const pollFrom = (turn: number) => (instanceOf(turn) + 1) % urls.length;
    const run = await screen(await page.greeting(pollFrom(-1)), (text, turn) => page.say(text, instanceOf(turn), pollFrom(turn)));
    return { page, run };
  }

  describe.skipIf(redisServerMissing !== undefined)(withRedis('two bot processes sharing one Redis (STATE_STORE)'), () => {
    beforeAll(async () => {
      shared = await startSharedRedisInstances(2, { BOT_SDK: sdk, STATE_IDLE_HOURS: String(IDLE_HOURS) });
      urls = shared.instances.map((instance) => instance.url);
      alone = { messages: await messagesScreening(onlyA), webChat: (await webChatScreening(onlyA)).run };
      // A screening to compare with: every answer understood, all the way to the results.
      expect(answersNotNoted(alone.messages)).toEqual([]);
      expect(alone.messages.results).toMatch(/Studies the patient may fit \(1\)[\s\S]*Ruled out \(4\)/);
    }, 60_000);
    afterAll(async () => {
      await shared?.stop();
    });

    it('carry one screening whose turns alternate between them through /api/messages to the verdicts of one instance alone', async () => {
      const run = await messagesScreening(alternate);
      expect(answersNotNoted(run)).toEqual([]);
      expect(run.turns.map((turn) => turn.answer)).toEqual(alone.messages.turns.map((turn) => turn.answer));
      expect(run.results).toBe(alone.messages.results);
      expect(run.summary).toBe(alone.messages.summary);
    });

    it('carry one Web Chat screening with a token from A, posts alternating between A and B, polled from the other, to the same verdicts', async () => {
      const { page, run } = await webChatScreening(alternate);
      expect(answersNotNoted(run)).toEqual([]);
      expect(run.results).toBe(alone.webChat.results);
      expect(run.summary).toBe(alone.webChat.summary);
      // Web Chat renders what either entry point's bot decided in the same words.
      expect(run.results).toBe(alone.messages.results);
      const [fromA, fromB] = [await page.activities(0), await page.activities(1)];
      expect(fromB).toEqual(fromA);
      expectEachPostFollowedByItsReplies(fromA);
    });

    it('apply an activity delivered to both at once through /api/messages once', async () => {
      const summaries = await Promise.all(
        (['once', 'at once on both', 'twice'] as const).map(async (delivery) => {
          const conversation = new MessagesConversation(urls, `instances-${(conversations += 1)}`);
          for (const text of ['hello', 'lupus', '45']) await conversation.say(text, 0);
          // "unknown" answers any question: applied twice, it answers the next one too.
          const unknown = conversation.activity('unknown');
          if (delivery === 'at once on both') {
            const copies = await Promise.all([conversation.send(unknown, 0), conversation.send(unknown, 1)]);
            expect(copies.map((copy) => copy.status)).toEqual([200, 200]);
          } else {
            await conversation.send(unknown, 0);
            if (delivery === 'twice') await conversation.say('unknown', 1);
          }
          return shownText(await conversation.say('summary', 1));
        }),
      );
      const [once, atOnce, twice] = summaries;
      expect(twice).not.toBe(once);
      expect(atOnce).toBe(once);
    });

    it('apply a Web Chat post delivered to both at once (same clientActivityID) once: one echo, one set of replies, the same id', async () => {
      const [page, reference] = await Promise.all([WebChatPage.open(urls, 0), WebChatPage.open(urls, 1)]);
      for (const current of [page, reference]) for (const text of ['lupus', '45']) await current.say(text, 0, 1);
      const copies = await Promise.all([page.post('unknown', 0, 'client-at-once'), page.post('unknown', 1, 'client-at-once')]);
      await reference.say('unknown', 1, 0);
      expect(copies.map((copy) => copy.status)).toEqual([200, 200]);
      expect(copies[1]!.id).toBe(copies[0]!.id);
      const activities = await page.activities(1);
      expect(activities.filter((activity) => activity.channelData?.clientActivityID === 'client-at-once').map((echo) => echo.id)).toEqual([copies[0]!.id]);
      expect(shownText(await page.repliesTo(copies[0]!.id, 0))).toBe(shownText(await reference.repliesTo((await reference.activities(0)).findLast((a) => a.from.role === 'user')?.id, 0)));
      expect(shownText(await page.say('summary', 1, 0))).toBe(shownText(await reference.say('summary', 0, 1)));
    });

    it(`keep each screening's state STATE_IDLE_HOURS (${IDLE_HOURS} h) and each Web Chat conversation an hour after its last use, under keys that name no conversation`, async () => {
      const conversation = new MessagesConversation(urls, `instances-ttl-${(conversations += 1)}`);
      await conversation.say('hello', 0);
      const page = await WebChatPage.open(urls, 1);
      await page.say('lupus', 0, 1);
      const keys = await shared.inspect.keys('*');
      const ttl = async (pattern: RegExp) => Promise.all(keys.filter((key) => pattern.test(key)).map((key) => shared.inspect.pttl(key)));
      const stateTtls = await ttl(/:state:/);
      expect(stateTtls.length).toBeGreaterThanOrEqual(conversations);
      for (const left of stateTtls) expect(left).toBeGreaterThan(IDLE_HOURS * HOUR_MS - 10 * 60_000);
      for (const left of stateTtls) expect(left).toBeLessThanOrEqual(IDLE_HOURS * HOUR_MS);
      const webChatTtls = await ttl(/:webchat[:-]/);
      expect(webChatTtls.length).toBeGreaterThanOrEqual(4);
      for (const left of webChatTtls) expect(left).toBeGreaterThan(HOUR_MS - 10 * 60_000);
      for (const left of webChatTtls) expect(left).toBeLessThanOrEqual(HOUR_MS);
      // The pre-screening log is trimmed by age (SCREENING_LOG_DAYS), not by TTL; no turn is holding a lock.
      expect(await ttl(/:screening-log$/)).toEqual([-1]);
      expect(keys.filter((key) => /:lock:/.test(key))).toEqual([]);
      expect(keys.filter((key) => !/:(state|webchat):[A-Za-z0-9_-]{43}(:log|:posted|:pending)?$|:(webchat-open|webchat-unused|screening-log)$/.test(key))).toEqual([]);
      expect(keys.join('\n')).not.toContain(page.conversationId);
      expect(keys.join('\n')).not.toContain('instances-');
    });

    it('logged no error and did not crash', () => {
      for (const instance of shared.instances) {
        expect(instance.crashed()).toBe(false);
        expect(instance.lines.filter((line) => line.level === 'error')).toEqual([]);
      }
    });
  });

  /** Each of the clinician's posts, in the log, is followed by the bot's replies to it and nothing else. */
  function expectEachPostFollowedByItsReplies(activities: LoggedActivity[]): void {
    let post: string | undefined;
    for (const activity of activities) {
      if (activity.from.role === 'user') post = activity.id;
      else expect(activity.replyToId).toBe(post);
    }
  }
});
