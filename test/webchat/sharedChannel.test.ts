import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/botframework/seam';
import { loadConfig } from '../../src/config';
import type { Bot } from '../../src/server';
import { createStores, type Stores } from '../../src/store/createStores';
import { DirectLineClient, webChatMessage, type LoggedActivity } from '../support/directLineClient';
import { RecordingBot } from '../support/recordingBot';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';
import { SDKS } from '../support/sdks';

/** A bot whose message turns never end until released: an instance stopped in the middle of a turn. */
class StuckBot implements Bot {
  release!: () => void;
  private readonly stuck = new Promise<void>((resolve) => (this.release = resolve));

  async run(turn: Turn): Promise<void> {
    if (turn.activity.type === 'message') await this.stuck;
  }
}

/** Two instances of the intranet channel in this process, each with its own Redis connection, sharing one bot to count its turns. */
describe.each(SDKS)('with %s', (sdk) => {
  describe.skipIf(redisServerMissing !== undefined)(withRedis('the intranet channel on two instances sharing one Redis'), () => {
    let redis: RedisServer;
    let running: { servers: WebChatServer[]; stores: Stores[] } | undefined;

    beforeAll(async () => {
      redis = await startRedisServer();
    });
    afterEach(async () => {
      for (const server of running?.servers ?? []) await server.close();
      for (const stores of running?.stores ?? []) await stores.state.close();
      running = undefined;
    });
    afterAll(async () => {
      await redis?.stop();
    });

    let databases = 0;
    /** Instances A and B, each with its own connection to one Redis database; one bot for both, or one each. */
    async function twoInstances(bot: Bot | [Bot, Bot]): Promise<[DirectLineClient, DirectLineClient]> {
      // A database of its own per test: conversations of one test never count against another's.
      const env = { STATE_STORE: `${redis.url}/${(databases += 1)}`, WEBCHAT_TOKEN_SECRET: 's'.repeat(40) };
      const stores = [createStores(loadConfig(env)), createStores(loadConfig(env))];
      const servers = await Promise.all(stores.map((own, i) => startWebChatServer({ sdk, bot: Array.isArray(bot) ? bot[i] : bot, env, stores: own })));
      running = { servers, stores };
      return [new DirectLineClient(servers[0]!.url), new DirectLineClient(servers[1]!.url)];
    }

    const texts = (activities: LoggedActivity[]) => activities.map((activity) => `${activity.from.role}: ${activity.text ?? ''}`);

    it('lets a page served by one instance start there, post to the other, and poll either', async () => {
      const bot = new RecordingBot();
      const [a, b] = await twoInstances(bot);
      const session = await a.session();
      expect((await a.start(session.token)).status).toBe(201);
      expect((await b.start(session.token)).status).toBe(201);
      expect((await b.resume(session.token, session.conversationId)).status).toBe(200);
      expect((await b.post(session.token, session.conversationId, webChatMessage('lupus'))).status).toBe(200);
      expect((await a.post(session.token, session.conversationId, webChatMessage('45'))).status).toBe(200);
      const fromA = await a.activities(session.token, session.conversationId);
      expect(texts(fromA)).toEqual(['bot: Hello from the recording bot', 'user: lupus', 'bot: echo: lupus', 'user: 45', 'bot: echo: 45']);
      expect(await b.activities(session.token, session.conversationId)).toEqual(fromA);
      expect(bot.seen.filter((activity) => activity.type === 'conversationUpdate')).toHaveLength(1);
      const refreshed = await b.refresh(session.token);
      expect(refreshed.status).toBe(200);
      expect((await a.read((refreshed.body as { token: string }).token, session.conversationId, '5')).body).toEqual({ activities: [], watermark: '5' });
    });

    it('runs posts sent to both instances at once one at a time, each echo next to its replies', async () => {
      const bot = new RecordingBot(15);
      const [a, b] = await twoInstances(bot);
      const session = await a.session();
      await a.start(session.token);
      const answers = ['one', 'two', 'three', 'four', 'five', 'six'];
      const posts = await Promise.all(answers.map((answer, i) => (i % 2 === 0 ? a : b).post(session.token, session.conversationId, webChatMessage(answer))));
      expect(posts.map((post) => post.status)).toEqual(answers.map(() => 200));
      expect(bot.maxOverlap).toBe(1);
      const activities = (await b.activities(session.token, session.conversationId)).slice(1);
      expect(activities).toHaveLength(2 * answers.length);
      for (let i = 0; i < activities.length; i += 2) {
        expect(activities[i + 1]).toMatchObject({ text: `echo: ${activities[i]!.text}`, replyToId: activities[i]!.id });
      }
      expect(activities.filter((activity) => activity.from.role === 'user').map((activity) => activity.text).sort()).toEqual([...answers].sort());
    });

    it('answers a re-post to the other instance with the first post’s id, and runs no second turn, in sequence or at once', async () => {
      const bot = new RecordingBot(15);
      const [a, b] = await twoInstances(bot);
      const session = await a.session();
      await a.start(session.token);
      const first = webChatMessage('plt 48k', { channelData: { clientActivityID: 'client-sequence' } });
      const once = await a.post(session.token, session.conversationId, first);
      const again = await b.post(session.token, session.conversationId, first);
      const together = webChatMessage('Hb 9.2', { channelData: { clientActivityID: 'client-together' } });
      const copies = await Promise.all([a.post(session.token, session.conversationId, together), b.post(session.token, session.conversationId, together)]);
      expect(again.body).toEqual(once.body);
      expect(copies[1]!.body).toEqual(copies[0]!.body);
      expect(bot.seen.filter((activity) => activity.type === 'message').map((activity) => activity.text)).toEqual(['plt 48k', 'Hb 9.2']);
      expect(texts(await a.activities(session.token, session.conversationId))).toEqual([
        'bot: Hello from the recording bot',
        'user: plt 48k',
        'bot: echo: plt 48k',
        'user: Hb 9.2',
        'bot: echo: Hb 9.2',
      ]);
    });

    it('runs a post again, once, when its instance stopped in the middle of its turn and the page posts it again to another', async () => {
      const [stuck, bot] = [new StuckBot(), new RecordingBot()];
      const [a, b] = await twoInstances([stuck, bot]);
      const session = await b.session();
      await b.start(session.token);
      const message = webChatMessage('plt 48k', { channelData: { clientActivityID: 'client-cut-short' } });
      const cut = a.post(session.token, session.conversationId, message);
      // A has logged the echo, and its turn never ends.
      await expect.poll(async () => texts(await b.activities(session.token, session.conversationId)), { timeout: 5_000 }).toContain('user: plt 48k');
      const [echo] = (await b.activities(session.token, session.conversationId)).filter((activity) => activity.from.role === 'user');
      // A loses Redis, as when it dies: its locks run out (within 5 s) and it can record nothing more.
      await running!.stores[0]!.state.close();
      const again = await b.post(session.token, session.conversationId, message);
      expect(again.body).toEqual({ id: echo!.id });
      expect(bot.seen.filter((activity) => activity.type === 'message').map((activity) => activity.text)).toEqual(['plt 48k']);
      expect(texts(await b.activities(session.token, session.conversationId))).toEqual(['bot: Hello from the recording bot', 'user: plt 48k', 'bot: echo: plt 48k']);
      // Answered now: a third copy runs nothing.
      expect((await b.post(session.token, session.conversationId, message)).body).toEqual({ id: echo!.id });
      expect(bot.seen.filter((activity) => activity.type === 'message')).toHaveLength(1);
      stuck.release();
      // A has no store to record the replies in: the page is told to try again, and B answered it.
      expect((await cut).status).toBe(503);
    }, 20_000);

    it('answers 503 with Retry-After, never 500, to Direct Line requests while Redis is unreachable, and carries on once it is back', async () => {
      const own = await startRedisServer();
      const env = { STATE_STORE: own.url, WEBCHAT_TOKEN_SECRET: 's'.repeat(40) };
      const stores = createStores(loadConfig(env));
      const server = await startWebChatServer({ sdk, bot: new RecordingBot(), env, stores });
      running = { servers: [server], stores: [stores] };
      const client = new DirectLineClient(server.url);
      const session = await client.session();
      await client.start(session.token);

      await own.stop();
      const newcomer = await client.session();
      const refused = [
        await client.start(newcomer.token),
        await client.resume(session.token, session.conversationId),
        await client.post(session.token, session.conversationId, webChatMessage('lupus')),
        await client.read(session.token, session.conversationId),
      ];
      expect(refused.map((response) => response.status)).toEqual([503, 503, 503, 503]);
      expect(refused[2]!.body).toEqual({ error: expect.stringMatching(/store .*cannot be reached.*expected the request again/) });
      const retryAfter = await fetch(`${server.url}/v3/directline/conversations/${session.conversationId}/activities`, { headers: { authorization: `Bearer ${session.token}` } });
      expect(retryAfter.headers.get('retry-after')).toMatch(/^\d+$/);

      const back = await startRedisServer(own.port);
      // Without persistence Redis comes back empty: a page that starts anew gets its conversation.
      await expect.poll(async () => (await client.start((await client.session()).token)).status, { timeout: 10_000, interval: 200 }).toBe(201);
      await stores.state.close();
      await back.stop();
    }, 30_000);
  });
});
