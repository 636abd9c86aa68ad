import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDKS } from '../support/sdks';
import { redisServerMissing, withRedis } from '../support/redisServer';
import { shownText } from '../support/shownText';
import { MessagesConversation, WebChatPage } from './support/entryPoints';
import { startSharedRedisInstances, type SharedRedisInstances } from './support/sharedRedis';

const [A, B] = [0, 1];
/** STATE_IDLE_HOURS of the instances: 3.6 s, for the Web Chat conversations too (the shorter of it and an hour). */
const IDLE_HOURS = 0.001;
const IDLE_MS = IDLE_HOURS * 3_600_000;

describe.each(SDKS)('with %s', (sdk) => {
  let shared: SharedRedisInstances;
  let urls: string[];

  describe.skipIf(redisServerMissing !== undefined)(withRedis('two bot processes sharing one Redis, with a short STATE_IDLE_HOURS'), () => {
    beforeAll(async () => {
      shared = await startSharedRedisInstances(2, { BOT_SDK: sdk, STATE_IDLE_HOURS: String(IDLE_HOURS) });
      urls = shared.instances.map((instance) => instance.url);
    }, 60_000);
    afterAll(async () => {
      await shared?.stop();
    });

    it('forget a screening and a Web Chat conversation left that long: Redis expires them, and the other instance starts anew', async () => {
      const conversation = new MessagesConversation(urls, 'left-idle');
      await conversation.say('hello', A);
      await conversation.say('lupus', B);
      const page = await WebChatPage.open(urls, A);
      await page.say('lupus', B, A);
      expect(shownText(await conversation.say('summary', A))).toMatch(/Main diagnosis: Systemic lupus erythematosus/);
      const kept = await shared.inspect.keys('*');
      expect(kept.filter((key) => /:state:/.test(key))).toHaveLength(2);
      expect(kept.filter((key) => /:webchat:/.test(key)).length).toBeGreaterThan(0);

      await sleep(IDLE_MS);
      // Redis's own expiry, no instance reading them: every key of the two conversations goes.
      await expect.poll(() => shared.inspect.keys('*'), { timeout: 5_000, interval: 100 }).toEqual([]);
      expect((await page.post('45', A)).status).toBe(404);
      expect((await page.post('45', B)).status).toBe(404);
      const anew = shownText(await conversation.say('summary', B));
      expect(anew).not.toMatch(/Main diagnosis: Systemic lupus erythematosus/);
      expect(anew).toMatch(/What is the patient's main diagnosis\?/);
    });
  });
});
