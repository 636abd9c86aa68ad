import autocannon from 'autocannon';
import type { Profile } from '../../test/dialogs/profiles';
import { expectRepliesMessage } from '../../test/support/activities';
import { cardQuestion, profileAnswer, type Answer, type CardQuestion } from '../../test/support/cardQuestion';

/** What the connections' screenings did, to check the load was the intended one. */
export interface WalkCounts {
  screeningsFinished: number;
  /** Turns where the bot asked the same fact again (an answer it did not understand). */
  reprompts: number;
  /** Turns answered with neither 200 nor an expectReplies body. */
  failedTurns: number;
}

export interface LoadFigures {
  turnsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  turns: number;
  errors: number;
  non2xx: number;
  seconds: number;
}

/** One connection's screening, kept in autocannon's per-connection context (reset when a screening ends). */
interface Walk {
  conversationId?: string;
  profile?: Profile;
  script?: readonly Answer[];
  sent?: number;
  asked?: CardQuestion;
  done?: boolean;
}

type RequestSetup = (request: autocannon.Request, context: object) => autocannon.Request | undefined;

let conversations = 0;

function turn(request: autocannon.Request, walk: Walk, answer: Answer): autocannon.Request {
  walk.sent = (walk.sent ?? 0) + 1;
  const message = 'text' in answer ? expectRepliesMessage(answer.text, { conversation: { id: walk.conversationId } }) : expectRepliesMessage('', { conversation: { id: walk.conversationId }, value: answer.value });
  return { ...request, body: JSON.stringify(message) };
}

/** The same question as before: the answer was not understood. */
const sameQuestion = (a: CardQuestion | undefined, b: CardQuestion | undefined) => a !== undefined && b !== undefined && a.askSeq === b.askSeq;

/**
 * Realistic screening turns: each connection is one clinician who greets the bot, then answers from the profile
 * whatever the bot asks (a card of several questions filled and submitted, one question typed), until the
 * results; then a new conversation starts.
 */
export function screeningRequests(profiles: readonly Profile[], counts: WalkCounts, maxTurns: number): autocannon.Request[] {
  const setupRequest: RequestSetup = (request, context) => {
    const walk = context as Walk;
    if (walk.done) return undefined;
    if (!walk.conversationId) {
      conversations += 1;
      walk.conversationId = `bench-${process.pid}-${conversations}`;
      walk.profile = profiles[conversations % profiles.length]!;
      return turn(request, walk, { text: 'hello' });
    }
    return turn(request, walk, profileAnswer(walk.asked!, walk.profile!)!);
  };
  const onResponse = (status: number, body: string, context: object): void => {
    const walk = context as Walk;
    const activities = status === 200 ? (JSON.parse(body) as { activities?: unknown[] }).activities : undefined;
    if (!activities) {
      counts.failedTurns += 1;
      walk.done = true;
      return;
    }
    const asked = cardQuestion(activities as { attachments?: { content?: unknown }[] }[]);
    if (sameQuestion(asked, walk.asked)) counts.reprompts += 1;
    walk.asked = asked;
    if (asked === undefined) counts.screeningsFinished += 1;
    walk.done = asked === undefined || profileAnswer(asked, walk.profile!) === undefined;
  };
  return sequence(setupRequest, onResponse, maxTurns);
}

/** The same conversations' messages replayed as recorded, for a bot that asks nothing (the echo bot). */
export function scriptedRequests(scripts: readonly (readonly Answer[])[], maxTurns: number): autocannon.Request[] {
  const setupRequest: RequestSetup = (request, context) => {
    const walk = context as Walk;
    if (!walk.conversationId) {
      conversations += 1;
      walk.conversationId = `bench-${process.pid}-${conversations}`;
      walk.script = scripts[conversations % scripts.length]!;
    }
    const answer = walk.script![walk.sent ?? 0];
    return answer === undefined ? undefined : turn(request, walk, answer);
  };
  return sequence(setupRequest, () => undefined, maxTurns);
}

/**
 * A request per turn of a conversation: autocannon keeps a context per connection along the sequence,
 * and starts it over (with a fresh context) when a setup returns nothing — or after the last turn.
 */
function sequence(setupRequest: RequestSetup, onResponse: autocannon.Request['onResponse'], maxTurns: number): autocannon.Request[] {
  return Array.from({ length: maxTurns }, () => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    // autocannon documents that a falsy setup result restarts the sequence; its types leave that out.
    setupRequest: setupRequest as (request: autocannon.Request, context: object) => autocannon.Request,
    onResponse,
  }));
}

export async function runLoad(url: string, requests: autocannon.Request[], seconds: number, connections: number): Promise<LoadFigures> {
  const result = await autocannon({ url, connections, duration: seconds, requests, timeout: 10 });
  return {
    turnsPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    turns: result['2xx'],
    errors: result.errors,
    non2xx: result.non2xx,
    seconds: result.duration,
  };
}
