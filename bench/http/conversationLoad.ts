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

/** One clinician's conversation, as far as it went (autocannon keeps one per connection, reset when it ends). */
export interface Walk {
  conversationId?: string;
  profile?: Profile;
  script?: readonly Answer[];
  sent?: number;
  asked?: CardQuestion;
  done?: boolean;
}

/**
 * What clinicians send, whatever sends it (autocannon at saturation, or turns at a fixed rate): the next message of
 * a conversation, undefined when it is over (a new conversation starts in a fresh walk), and what a reply means for
 * the message after it.
 */
export interface Conversations {
  next(walk: Walk): Record<string, unknown> | undefined;
  replied(walk: Walk, status: number, body: string): void;
}

let conversations = 0;

function start(walk: Walk): void {
  conversations += 1;
  walk.conversationId = `bench-${process.pid}-${conversations}`;
}

function message(walk: Walk, answer: Answer): Record<string, unknown> {
  walk.sent = (walk.sent ?? 0) + 1;
  const conversation = { id: walk.conversationId };
  return 'text' in answer ? expectRepliesMessage(answer.text, { conversation }) : expectRepliesMessage('', { conversation, value: answer.value });
}

/** The same question as before: the answer was not understood. */
const sameQuestion = (a: CardQuestion | undefined, b: CardQuestion | undefined) => a !== undefined && b !== undefined && a.askSeq === b.askSeq;

/**
 * Realistic screening turns: each walk is one clinician who greets the bot, then answers from the profile whatever
 * the bot asks (a card of several questions filled and submitted, one question typed), until the results.
 */
export function screenings(profiles: readonly Profile[], counts: WalkCounts): Conversations {
  return {
    next(walk) {
      if (walk.done) return undefined;
      if (!walk.conversationId) {
        start(walk);
        walk.profile = profiles[conversations % profiles.length]!;
        return message(walk, { text: 'hello' });
      }
      return message(walk, profileAnswer(walk.asked!, walk.profile!)!);
    },
    replied(walk, status, body) {
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
    },
  };
}

/** The same conversations' messages replayed as recorded, for a bot that asks nothing (the echo bot). */
export function scripted(scripts: readonly (readonly Answer[])[]): Conversations {
  return {
    next(walk) {
      if (!walk.conversationId) {
        start(walk);
        walk.script = scripts[conversations % scripts.length]!;
      }
      const answer = walk.script![walk.sent ?? 0];
      return answer === undefined ? undefined : message(walk, answer);
    },
    replied: () => undefined,
  };
}

/**
 * A request per turn of a conversation: autocannon keeps a context per connection along the sequence,
 * and starts it over (with a fresh context) when a setup returns nothing — or after the last turn.
 */
export function loadRequests(conversations: Conversations, maxTurns: number): autocannon.Request[] {
  const setupRequest = (request: autocannon.Request, context: object) => {
    const body = conversations.next(context as Walk);
    return body && { ...request, body: JSON.stringify(body) };
  };
  return Array.from({ length: maxTurns }, () => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    // autocannon documents that a falsy setup result restarts the sequence; its types leave that out.
    setupRequest: setupRequest as (request: autocannon.Request, context: object) => autocannon.Request,
    onResponse: (status: number, body: string, context: object) => conversations.replied(context as Walk, status, body),
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
