import { DEFAULT_WEBCHAT_POSTS_PER_MINUTE, DEFAULT_WEBCHAT_REQUESTS_PER_MINUTE, DEFAULT_WEBCHAT_TOKENS_PER_MINUTE } from '../../../src/operations/settings';
import { ACTIVITY_LOG_LIMITS } from '../../../src/webchat/activityLog';
import { MAX_POSTED_BYTES } from '../../../src/webchat/directLineRoutes';
import { MAX_TEXT_LENGTH } from '../../../src/webchat/postedActivity';
import { gaugeValue } from '../../support/prometheusText';
import type { BotSdk } from '../../support/sdks';
import { startChildServer, type ChildServer, type Memory } from './childServer';
import { WebChatClinician } from './clients';
import { inPool, rawRequest } from './rawHttp';

export interface FloodFigures {
  /** One client asking for tokens past the limit, then another client. */
  tokens: { granted: number; limited: number; retryAfterSeconds: number; otherClientStatus: number };
  /** One client's Direct Line requests past the limit, then another client's. */
  directLine: { answered: number; limited: number; otherClientStatus: number };
  /** One client's posts past the posting limit. */
  posts: { accepted: number; limited: number };
  /** Conversations opened by a flood, each with a clinician message and posts of the longest text allowed. */
  conversations: { opened: number; refused: number; posts: number; postsRefused: number; openAfter: number };
  /** Whether a clinician arriving after the flood could start and answer. */
  newClinicianServed: boolean;
  /** Whether a clinician whose page was open (polling) through the flood kept their conversation. */
  openPageKept: boolean;
  /** One conversation flooded with long posts: what its log keeps. */
  log: { posted: number; kept: number; keptBytes: number };
  /** Answers to a body over the posted-activity cap and to a text over the text cap. */
  oversized: { bodyStatus: number; textStatus: number };
  memoryBefore: Memory;
  memoryAfter: Memory;
  seconds: number;
}

const LONG_TEXT = 'x'.repeat(MAX_TEXT_LENGTH);

/**
 * A post the log keeps at full length but the bot need not read (the bot ignores typing): memory is flooded as
 * by long answers, without the suite's time going into the bot reading them, which the posting limit bounds.
 */
const longTyping = (n: number) => ({ type: 'typing', text: `${n} ${LONG_TEXT}`.slice(0, MAX_TEXT_LENGTH) });

/**
 * Floods the bot as `npm start` runs it with what an unauthenticated client on the intranet can send: tokens,
 * Direct Line requests, conversations (more than MAX_CONVERSATIONS) and long posts, and counts what held.
 * Each kind comes from client addresses of its own, so one limit does not hide another.
 */
export async function runFlood(sdk: BotSdk, { conversations = 1_000, postsEach = 2 } = {}): Promise<FloodFigures> {
  const started = Date.now();
  const server = await startChildServer({ BOT_SDK: sdk });
  try {
    const memoryBefore = await server.memory();
    const tokens = await floodTokens(server);
    const directLine = await floodDirectLine(server);
    const posts = await floodPosts(server);
    // A clinician's page open through the flood, polling as Web Chat does.
    const clinician = await WebChatClinician.open(server.url, '127.0.9.2');
    let flooding = true;
    const polling = (async () => {
      while (flooding) {
        await clinician.activities();
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    const flood = await floodConversations(server, conversations, postsEach);
    flooding = false;
    await polling;
    const openPageKept = /Noted: Main diagnosis/.test(await clinician.say('lupus'));
    const newcomer = await WebChatClinician.open(server.url, '127.0.9.1').catch(() => undefined);
    const newClinicianServed = newcomer !== undefined && /Noted: Main diagnosis/.test(await newcomer.say('lupus'));
    const log = await floodOneLog(server);
    const oversized = await oversizedPosts(server);
    const memoryAfter = await server.memory();
    const openAfter = gaugeValue(await server.metricsText(), 'webchat_open_conversations');
    return {
      tokens,
      directLine,
      posts,
      conversations: { ...flood, openAfter },
      newClinicianServed,
      openPageKept,
      log,
      oversized,
      memoryBefore,
      memoryAfter,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    await server.stop();
  }
}

async function floodTokens(server: ChildServer): Promise<FloodFigures['tokens']> {
  let granted = 0;
  let limited = 0;
  let retryAfterSeconds = 0;
  for (let i = 0; i < DEFAULT_WEBCHAT_TOKENS_PER_MINUTE + 10; i++) {
    const outcome = await rawRequest({ url: `${server.url}/api/webchat/token`, localAddress: '127.0.6.1' });
    if (outcome.kind !== 'answered') continue;
    if (outcome.status === 200) granted += 1;
    if (outcome.status === 429) {
      limited += 1;
      retryAfterSeconds = Number(outcome.headers['retry-after']);
    }
  }
  const other = await rawRequest({ url: `${server.url}/api/webchat/token`, localAddress: '127.0.6.2' });
  return { granted, limited, retryAfterSeconds, otherClientStatus: other.kind === 'answered' ? other.status : 0 };
}

async function floodDirectLine(server: ChildServer): Promise<FloodFigures['directLine']> {
  const flooder = await WebChatClinician.open(server.url, '127.0.6.3');
  const reads = await inPool(Array.from({ length: DEFAULT_WEBCHAT_REQUESTS_PER_MINUTE + 50 }), 16, () =>
    flooder.request('GET', `/v3/directline/conversations/${flooder.session.conversationId}/activities`),
  );
  const other = await WebChatClinician.open(server.url, '127.0.6.4');
  const otherRead = await other.request('GET', `/v3/directline/conversations/${other.session.conversationId}/activities`);
  return {
    answered: reads.filter((read) => read.status === 200).length,
    limited: reads.filter((read) => read.status === 429).length,
    otherClientStatus: otherRead.status,
  };
}

async function floodPosts(server: ChildServer): Promise<FloodFigures['posts']> {
  const flooder = await WebChatClinician.open(server.url, '127.0.6.5');
  const path = `/v3/directline/conversations/${flooder.session.conversationId}/activities`;
  const posted = await inPool(Array.from({ length: DEFAULT_WEBCHAT_POSTS_PER_MINUTE + 10 }), 8, () => flooder.request('POST', path, { type: 'typing' }));
  return { accepted: posted.filter((post) => post.status === 200).length, limited: posted.filter((post) => post.status === 429).length };
}

/** Conversations one flooding address opens: within its token, request and posting limits. */
const CONVERSATIONS_PER_ADDRESS = 15;

async function floodConversations(server: ChildServer, count: number, postsEach: number): Promise<Omit<FloodFigures['conversations'], 'openAfter'>> {
  let opened = 0;
  let refused = 0;
  let posts = 0;
  let postsRefused = 0;
  await inPool(Array.from({ length: count }, (_, i) => i), 16, async (i) => {
    const localAddress = `127.0.7.${1 + Math.floor(i / CONVERSATIONS_PER_ADDRESS)}`;
    const flooder = await WebChatClinician.open(server.url, localAddress).catch(() => undefined);
    if (!flooder) {
      refused += 1;
      return;
    }
    opened += 1;
    const path = `/v3/directline/conversations/${flooder.session.conversationId}/activities`;
    // A clinician's message first, so these count as screenings under way, not as unused conversations.
    for (const body of [{ type: 'message', text: 'lupus' }, ...Array.from({ length: postsEach }, (_, n) => longTyping(n))]) {
      const posted = await flooder.request('POST', path, body);
      if (posted.status === 200) posts += 1;
      else postsRefused += 1;
    }
  });
  return { opened, refused, posts, postsRefused };
}

async function floodOneLog(server: ChildServer): Promise<FloodFigures['log']> {
  const flooder = await WebChatClinician.open(server.url, '127.0.8.1');
  const path = `/v3/directline/conversations/${flooder.session.conversationId}/activities`;
  const posted = ACTIVITY_LOG_LIMITS.count;
  // The conversation's token from several addresses, each within its posting limit.
  for (let n = 0; n < posted; n++) {
    await rawRequest({
      url: `${server.url}${path}`,
      headers: { authorization: `Bearer ${flooder.session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(longTyping(n)),
      localAddress: `127.0.8.${10 + Math.floor(n / 50)}`,
    });
  }
  const kept = await flooder.activities();
  return { posted, kept: kept.length, keptBytes: Buffer.byteLength(JSON.stringify(kept)) };
}

async function oversizedPosts(server: ChildServer): Promise<FloodFigures['oversized']> {
  const clinician = await WebChatClinician.open(server.url, '127.0.8.2');
  const path = `/v3/directline/conversations/${clinician.session.conversationId}/activities`;
  const body = await clinician.request('POST', path, { type: 'message', text: 'x', entities: [{ type: 'pad', pad: 'y'.repeat(MAX_POSTED_BYTES) }] });
  const text = await clinician.request('POST', path, { type: 'message', text: 'x'.repeat(MAX_TEXT_LENGTH + 1) });
  return { bodyStatus: body.status, textStatus: text.status };
}
