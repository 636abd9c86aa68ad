import { afterEach, describe, expect, it } from 'vitest';
import { MemoryTurnLock } from '../../src/store/memoryTurnLock';
import { TOKEN_LIFETIME_MS } from '../../src/webchat/channelToken';
import { testAssistant } from '../support/assistant';
import { startConnectorStub } from '../support/connectorStub';
import { DirectLineClient, webChatMessage, type LoggedActivity } from '../support/directLineClient';
import { postJson } from '../support/http';
import { RecordingBot } from '../support/recordingBot';
import { manualClock, startWebChatServer, type WebChatServer, type WebChatServerOptions } from '../support/webChatServer';
import { SDKS } from '../support/sdks';

/** The intranet channel over HTTP, driven as directlinejs drives it. */
describe.each(SDKS)('with %s', (sdk) => {
  let server: WebChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function start(options: WebChatServerOptions = {}) {
    const bot = (options.bot as RecordingBot | undefined) ?? new RecordingBot();
    server = await startWebChatServer({ sdk, ...options, bot });
    return { bot, client: new DirectLineClient(server.url) };
  }

  async function startedConversation(client: DirectLineClient) {
    const session = await client.session();
    const started = await client.start(session.token);
    expect(started.status).toBe(201);
    return session;
  }

  const screeningAssistant = () => testAssistant();

  const texts = (activities: LoggedActivity[]) => activities.map((a) => `${a.from.role}: ${a.text ?? ''}`);

  describe('the token endpoint in intranet mode', () => {
    it('hands each call a token for its own new conversation, to use with our own Direct Line path', async () => {
      const { client } = await start({ now: manualClock().now });
      const response = await postJson(`${server!.url}/api/webchat/token`, '');
      expect(response.status).toBe(200);
      const session = response.body as Record<string, unknown>;
      expect(session).toMatchObject({ mode: 'intranet', domain: '/v3/directline', webSocket: false, expiresIn: TOKEN_LIFETIME_MS / 1000 });
      expect(session.userId).toMatch(/^dl_/);
      const other = await client.session();
      expect(other.conversationId).not.toBe(session.conversationId);
    });

    it('is never cached', async () => {
      await start();
      const response = await fetch(`${server!.url}/api/webchat/token`, { method: 'POST' });
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });
  });

  describe('starting a conversation', () => {
    it('answers the conversation id, the token and its remaining lifetime, as Direct Line does', async () => {
      const { client } = await start({ now: manualClock().now });
      const session = await client.session();
      const started = await client.start(session.token);
      expect(started.status).toBe(201);
      expect(started.body).toEqual({ conversationId: session.conversationId, token: session.token, expires_in: TOKEN_LIFETIME_MS / 1000 });
    });

    it('sends the bot one conversationUpdate adding the user and the bot, so it greets exactly once', async () => {
      const { client, bot } = await start();
      const session = await client.session();
      await client.start(session.token);
      // directlinejs starts once, but a reconnecting page may start again with the same token.
      await client.start(session.token);
      expect((await client.resume(session.token, session.conversationId)).status).toBe(200);

      const updates = bot.seen.filter((a) => a.type === 'conversationUpdate');
      expect(updates).toHaveLength(1);
      expect(updates[0]?.membersAdded?.map((m) => m.id)).toEqual([session.userId, 'trial-screening-assistant']);
      const activities = await client.activities(session.token, session.conversationId);
      expect(texts(activities)).toEqual(['bot: Hello from the recording bot']);
      // The greeting answers an activity the client never sees, so it must not point at it.
      expect(activities[0]?.replyToId).toBeUndefined();
    });

    it('greets once with the real assistant too', async () => {
      server = await startWebChatServer({ sdk, bot: screeningAssistant() });
      const client = new DirectLineClient(server.url);
      const session = await startedConversation(client);
      await client.start(session.token);
      await client.post(session.token, session.conversationId, webChatMessage("Ormond's disease"));
      const all = texts(await client.activities(session.token, session.conversationId)).join('\n');
      expect(all.match(/Hello — I help you check/g)).toHaveLength(1);
      expect(all).toMatch(/user: Ormond's disease\nbot: Noted: Main diagnosis: Idiopathic retroperitoneal fibrosis/);
    });
  });

  describe('posting and reading activities', () => {
    it('echoes the posted activity with its clientActivityID, then the replies, each with an id, a timestamp and a watermark', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      const greeting = await client.read(session.token, session.conversationId);
      const { watermark } = greeting.body as { watermark: string };

      const message = webChatMessage('Hb 9.2 g/dL');
      const posted = await client.post(session.token, session.conversationId, message);
      expect(posted.status).toBe(200);
      const { id } = posted.body as { id: string };

      const after = await client.read(session.token, session.conversationId, watermark);
      const { activities, watermark: next } = after.body as { activities: LoggedActivity[]; watermark: string };
      expect(texts(activities)).toEqual(['user: Hb 9.2 g/dL', 'bot: echo: Hb 9.2 g/dL']);
      expect(activities[0]).toMatchObject({ id, channelData: message.channelData, from: { id: session.userId, role: 'user' } });
      expect(activities[1]).toMatchObject({ replyToId: id, from: { id: 'trial-screening-assistant', role: 'bot' }, recipient: { id: session.userId } });
      expect(Date.parse(activities[1]!.timestamp)).toBeGreaterThan(Date.parse(activities[0]!.timestamp));
      expect((await client.read(session.token, session.conversationId, next)).body).toEqual({ activities: [], watermark: next });
    });

    it('passes card button data (value) to the bot', async () => {
      const { client, bot } = await start();
      const session = await startedConversation(client);
      const value = { askSeq: 3, fact: 'sex', answer: 'male' };
      expect((await client.post(session.token, session.conversationId, { type: 'message', value, channelData: { postBack: true } })).status).toBe(200);
      expect(texts(await client.activities(session.token, session.conversationId)).at(-1)).toBe(`bot: echo: ${JSON.stringify(value)}`);
      expect(bot.seen.at(-1)).toMatchObject({ type: 'message' });
    });

    it('never lets the caller choose who it is, which conversation it is in, or where replies go', async () => {
      const connector = await startConnectorStub();
      try {
        const { client, bot } = await start();
        const victim = await startedConversation(client);
        const session = await startedConversation(client);
        const forged = webChatMessage('hello', {
          id: 'chosen-id',
          serviceUrl: connector.url,
          channelId: 'msteams',
          from: { id: victim.userId, name: 'Someone else', role: 'bot' },
          recipient: { id: 'another-bot' },
          conversation: { id: victim.conversationId },
          replyToId: 'x',
          deliveryMode: 'normal',
          timestamp: '2000-01-01T00:00:00Z',
        });
        expect((await client.post(session.token, session.conversationId, forged)).status).toBe(200);

        const turn = bot.seen.at(-1);
        expect(turn).toMatchObject({
          type: 'message',
          channelId: 'webchat',
          from: { id: session.userId, role: 'user' },
          recipient: { id: 'trial-screening-assistant', role: 'bot' },
          conversation: { id: session.conversationId },
          deliveryMode: 'expectReplies',
        });
        expect(turn?.serviceUrl).toBeUndefined();
        expect(turn?.id).not.toBe('chosen-id');
        expect(connector.received).toEqual([]);
        expect(texts(await client.activities(victim.token, victim.conversationId))).toEqual(['bot: Hello from the recording bot']);
        const own = await client.activities(session.token, session.conversationId);
        expect(own.at(-2)).toMatchObject({ channelId: 'webchat', from: { id: session.userId, role: 'user' } });
        expect(own.at(-2)?.timestamp).not.toBe('2000-01-01T00:00:00Z');
      } finally {
        await connector.close();
      }
    });

    it('runs the turns of one conversation one at a time, keeping each echo next to its replies', async () => {
      const { client, bot } = await start({ bot: new RecordingBot(15) });
      const session = await startedConversation(client);
      const answers = ['one', 'two', 'three', 'four', 'five'];
      const posts = await Promise.all(answers.map((a) => client.post(session.token, session.conversationId, webChatMessage(a))));
      expect(posts.map((p) => p.status)).toEqual([200, 200, 200, 200, 200]);
      expect(bot.maxOverlap).toBe(1);
      const activities = (await client.activities(session.token, session.conversationId)).slice(1);
      for (let i = 0; i < activities.length; i += 2) {
        expect(activities[i + 1]).toMatchObject({ text: `echo: ${activities[i]!.text}`, replyToId: activities[i]!.id });
      }
      expect(activities.map((a) => a.text).filter((t) => !t?.startsWith('echo')).sort()).toEqual([...answers].sort());
    });

    it('answers 503 to a post that waited past the lock’s deadline for the ones before it, and runs nothing for it', async () => {
      const { client, bot } = await start({ bot: new RecordingBot(300), stores: { turnLock: new MemoryTurnLock(100) } });
      const session = await startedConversation(client);
      const [first, second] = await Promise.all([
        client.post(session.token, session.conversationId, webChatMessage('first')),
        client.post(session.token, session.conversationId, webChatMessage('second')),
      ]);
      expect([first.status, second.status].sort()).toEqual([200, 503]);
      expect([first.body, second.body]).toContainEqual({ error: expect.stringMatching(/^earlier messages of this conversation are still being answered/) });
      expect(bot.seen.filter((activity) => activity.type === 'message')).toHaveLength(1);
    });

    it('keeps the conversations of many browsers apart, also when they talk at once', async () => {
      const { client } = await start({ bot: new RecordingBot(5) });
      const sessions = await Promise.all([1, 2, 3, 4].map(() => startedConversation(client)));
      await Promise.all(
        sessions.flatMap((s, n) => [1, 2, 3].map((i) => client.post(s.token, s.conversationId, webChatMessage(`browser ${n} message ${i}`)))),
      );
      for (const [n, s] of sessions.entries()) {
        const activities = await client.activities(s.token, s.conversationId);
        const userTexts = activities.filter((a) => a.from.role === 'user').map((a) => a.text).sort();
        expect(userTexts).toEqual([1, 2, 3].map((i) => `browser ${n} message ${i}`));
        expect(activities.every((a) => a.from.id === s.userId || a.from.id === 'trial-screening-assistant')).toBe(true);
        const echoes = activities.filter((a) => a.text?.startsWith('echo: '));
        expect(echoes).toHaveLength(3);
        expect(echoes.every((a) => a.text?.includes(`browser ${n} `))).toBe(true);
      }
    });

    it('keeps each browser’s screening answers apart with the real assistant', async () => {
      server = await startWebChatServer({ sdk, bot: screeningAssistant() });
      const client = new DirectLineClient(server.url);
      const [lupus, rpf] = [await startedConversation(client), await startedConversation(client)];
      await Promise.all([
        client.post(lupus.token, lupus.conversationId, webChatMessage('lupus')),
        client.post(rpf.token, rpf.conversationId, webChatMessage("Ormond's disease")),
      ]);
      await Promise.all([client.post(lupus.token, lupus.conversationId, webChatMessage('30')), client.post(rpf.token, rpf.conversationId, webChatMessage('70'))]);
      const lupusText = texts(await client.activities(lupus.token, lupus.conversationId)).join('\n');
      const rpfText = texts(await client.activities(rpf.token, rpf.conversationId)).join('\n');
      expect(lupusText).toMatch(/Noted: Main diagnosis: Systemic lupus erythematosus[\s\S]*Noted: Age: 30 years/);
      expect(rpfText).toMatch(/Noted: Main diagnosis: Idiopathic retroperitoneal fibrosis[\s\S]*Noted: Age: 70 years/);
      expect(lupusText).not.toMatch(/Noted: Main diagnosis: Idiopathic|Noted: Age: 70/);
      expect(rpfText).not.toMatch(/Noted: Main diagnosis: Systemic lupus|Noted: Age: 30/);
    });

    it('forgets a conversation sooner when STATE_IDLE_HOURS is under the channel’s hour, and polling keeps it open', async () => {
      for (const [env, leftOpen] of [[{}, 200], [{ STATE_IDLE_HOURS: '0.25' }, 404]] as const) {
        const clock = manualClock();
        const { client } = await start({ env, now: clock.now });
        const [polled, left] = [await startedConversation(client), await startedConversation(client)];
        for (let minute = 0; minute < 15; minute += 5) {
          clock.advance(5 * 60_000);
          expect((await client.read(polled.token, polled.conversationId)).status).toBe(200);
        }
        expect((await client.read(left.token, left.conversationId)).status, JSON.stringify(env)).toBe(leftOpen);
        await server?.close();
        server = undefined;
      }
    });

    it('answers 404 for a conversation that has not started', async () => {
      const { client } = await start();
      const session = await client.session();
      expect((await client.read(session.token, session.conversationId)).status).toBe(404);
      expect((await client.post(session.token, session.conversationId, webChatMessage('hi'))).status).toBe(404);
    });
  });

  describe('tokens', () => {
    it('401 without a token, or with something that is not one', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      for (const token of [undefined, '', 'not-a-token']) {
        const reads = await client.read(token, session.conversationId);
        expect(reads.status, String(token)).toBe(401);
        expect(reads.body).toEqual({ error: expect.stringMatching(/Authorization header|expected a token from POST \/api\/webchat\/token/) });
        expect((await client.post(token, session.conversationId, webChatMessage('hi'))).status).toBe(401);
        expect((await client.start(token)).status).toBe(401);
        expect((await client.refresh(token)).status).toBe(401);
      }
    });

    it('403 with a token this server did not sign: altered, or from another server (as after a restart)', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      const otherServer = await startWebChatServer({ sdk });
      const foreign = await new DirectLineClient(otherServer.url).session();
      await otherServer.close();
      for (const token of [`${session.token}x`, foreign.token]) {
        const reads = await client.read(token, session.conversationId);
        expect(reads.status).toBe(403);
        expect(reads.body).toEqual({ error: expect.stringMatching(/not signed with this server's key/) });
        expect((await client.post(token, session.conversationId, webChatMessage('hi'))).status).toBe(403);
        expect((await client.start(token)).status).toBe(403);
        expect((await client.refresh(token)).status).toBe(403);
      }
    });

    it('403 when conversation A’s token reads, posts into, or resumes conversation B', async () => {
      const { client, bot } = await start();
      const a = await startedConversation(client);
      const b = await startedConversation(client);
      await client.post(b.token, b.conversationId, webChatMessage('only for B'));
      const turnsBefore = bot.seen.length;

      const read = await client.read(a.token, b.conversationId);
      expect(read.status).toBe(403);
      expect(read.text).not.toContain('only for B');
      expect(read.body).toEqual({ error: 'the token is for another conversation: expected the conversation id the token was issued with' });
      expect((await client.post(a.token, b.conversationId, webChatMessage('into B'))).status).toBe(403);
      expect((await client.resume(a.token, b.conversationId)).status).toBe(403);
      expect(bot.seen.length).toBe(turnsBefore);
      expect(texts(await client.activities(b.token, b.conversationId))).not.toContain('user: into B');
    });

    it('expire after 30 minutes (403, which directlinejs reads as "expired"), unless refreshed in time', async () => {
      const clock = manualClock();
      const { client } = await start({ now: clock.now });
      const session = await startedConversation(client);

      clock.advance(TOKEN_LIFETIME_MS / 2);
      const refreshed = await client.refresh(session.token);
      expect(refreshed.status).toBe(200);
      const { token, conversationId, expires_in } = refreshed.body as { token: string; conversationId: string; expires_in: number };
      expect(conversationId).toBe(session.conversationId);
      expect(expires_in).toBe(TOKEN_LIFETIME_MS / 1000);

      clock.advance(TOKEN_LIFETIME_MS / 2);
      const expired = await client.read(session.token, session.conversationId);
      expect(expired.status).toBe(403);
      expect(expired.body).toEqual({ error: expect.stringMatching(/^the token has expired/) });
      expect((await client.refresh(session.token)).status).toBe(403);
      expect((await client.post(session.token, session.conversationId, webChatMessage('late'))).status).toBe(403);

      expect((await client.post(token, session.conversationId, webChatMessage('still here'))).status).toBe(200);
      expect(texts(await client.activities(token, session.conversationId))).toContain('user: still here');
    });

    it('keep an open page’s conversation going for hours, as directlinejs refreshes every 15 minutes', async () => {
      const clock = manualClock();
      const { client } = await start({ now: clock.now });
      const session = await startedConversation(client);
      let token = session.token;
      for (let quarter = 0; quarter < 8; quarter++) {
        clock.advance(TOKEN_LIFETIME_MS / 2);
        const refreshed = await client.refresh(token);
        expect(refreshed.status).toBe(200);
        token = (refreshed.body as { token: string }).token;
      }
      expect((await client.post(token, session.conversationId, webChatMessage('two hours later'))).status).toBe(200);
      expect(texts(await client.activities(token, session.conversationId))).toContain('bot: echo: two hours later');
    });
  });

  describe('malformed activities', () => {
    const cases: [string, unknown, RegExp][] = [
      ['no type', { text: 'hi' }, /activity\.type: expected the activity type to be one of message, typing, event/],
      ['a conversationUpdate from the client', { type: 'conversationUpdate', membersAdded: [{ id: 'x' }] }, /activity\.type: expected the activity type/],
      ['text that is not a string', { type: 'message', text: 42 }, /activity\.text: expected the text \(a string\)/],
      ['a message with neither text nor value', { type: 'message' }, /activity\.text: expected text or a value on a message/],
      ['a file attachment', { type: 'message', text: 'scan', attachments: [{ contentType: 'image/png', contentUrl: 'blob:x' }] }, /activity\.attachments: expected no attachments/],
      ['channelData that is not an object', { type: 'message', text: 'hi', channelData: 'x' }, /activity\.channelData: expected channelData to be an object/],
      ['a clientActivityID that is not a string', { type: 'message', text: 'hi', channelData: { clientActivityID: 7 } }, /activity\.channelData\.clientActivityID: expected channelData\.clientActivityID \(a string\)/],
      ['an array', [], /activity: expected a JSON object/],
      ['overlong text', { type: 'message', text: 'x'.repeat(10_001) }, /at most 10000 characters/],
    ];

    it.each(cases)('400 for %s, with a reason that does not quote the input', async (_name, body, reason) => {
      const { client, bot } = await start();
      const session = await startedConversation(client);
      const turns = bot.seen.length;
      const response = await client.post(session.token, session.conversationId, body);
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: expect.stringMatching(reason) });
      expect(response.text).not.toMatch(/scan|blob:x|xxxx/);
      expect(bot.seen.length).toBe(turns);
    });

    it('413 for a body over 64 KiB, before it is parsed', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      const response = await client.post(session.token, session.conversationId, webChatMessage('x'.repeat(9_000), { entities: [{ type: 'x', pad: 'y'.repeat(70_000) }] }));
      expect(response.status).toBe(413);
    });

    it('keeps only clientActivityID of channelData', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      await client.post(session.token, session.conversationId, webChatMessage('hi', { channelData: { clientActivityID: 'c-1', anything: 'else' } }));
      expect((await client.activities(session.token, session.conversationId)).at(-2)?.channelData).toEqual({ clientActivityID: 'c-1' });
    });

    it('400 for a body that is not JSON', async () => {
      const { client } = await start();
      const session = await startedConversation(client);
      const response = await client.post(session.token, session.conversationId, 'Hb 9.2');
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: 'expected Content-Type: application/json' });
    });
  });

  describe('with a Microsoft App Id configured for Teams', () => {
    it('still runs the intranet channel’s turns in process, while /api/messages keeps demanding Bot Framework tokens', async () => {
      const { client, bot } = await start({ env: { MicrosoftAppId: 'b1c2d3e4-0000-4000-8000-000000000001', MicrosoftAppPassword: 'app-password' } });
      const session = await startedConversation(client);
      expect((await client.post(session.token, session.conversationId, webChatMessage('lupus'))).status).toBe(200);
      expect(texts(await client.activities(session.token, session.conversationId))).toEqual([
        'bot: Hello from the recording bot',
        'user: lupus',
        'bot: echo: lupus',
      ]);
      const turns = bot.seen.length;
      const unauthenticated = await postJson(`${server!.url}/api/messages`, { type: 'message', text: 'x', channelId: 'webchat', conversation: { id: session.conversationId }, from: { id: 'x' }, recipient: { id: 'bot' }, deliveryMode: 'expectReplies' });
      expect(unauthenticated.status).toBe(401);
      expect(bot.seen.length).toBe(turns);
    });
  });
});
