import { seededRandom } from '../../../bench/engine/seededRandom';
import type { BotSdk } from '../../support/sdks';
import { startConnectorStub } from '../../support/connectorStub';
import { startChildServer, type Memory } from './childServer';
import { fuzzCase, makeBombs, type FuzzCase, type Session } from './fuzzCases';
import { inPool, rawRequest, type RawOutcome } from './rawHttp';

export interface FuzzOptions {
  count: number;
  seed: number;
  concurrency: number;
  /** Every request must be answered within this. */
  boundMs: number;
}

/** The suite's run: same seed, same requests; RELIABILITY_SEED varies them. */
export const SUITE_FUZZ: FuzzOptions = { count: 5_200, seed: Number(process.env.RELIABILITY_SEED ?? 20261128), concurrency: 16, boundMs: 10_000 };

export interface FuzzFigures {
  requests: number;
  /** 2xx, 3xx, 4xx, 5xx, and "no answer" (reset, refused, timed out). */
  byStatusClass: Record<string, number>;
  byStatus: Record<string, number>;
  /** Invokes answered 501, the documented answer (not counted as failures). */
  unsupportedInvokes: number;
  /** A 5xx other than an invoke's 501, no answer, or an answer slower than the bound. */
  failures: Array<{ kind: string; outcome: string }>;
  slowestMs: number;
  crashed: boolean;
  /** Turns that ended in the apology ("turn failed" in the log), by error class and where it was thrown. */
  failedTurns: Record<string, number>;
  /** Bytes the server wrote to stderr (every line should go through the logger). */
  stderrBytes: number;
  memoryBefore: Memory;
  memoryAfter: Memory;
  seconds: number;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

const statusClass = (outcome: RawOutcome): string => (outcome.kind === 'answered' ? `${Math.floor(outcome.status / 100)}xx` : 'no answer');

function failureOf(item: FuzzCase, outcome: RawOutcome, boundMs: number): string | undefined {
  if (outcome.kind === 'failed') return `no answer (${outcome.code})`;
  if (outcome.ms > boundMs) return `answered after ${outcome.ms} ms`;
  if (outcome.status >= 500 && !(outcome.status === 501 && item.invoke)) return `HTTP ${outcome.status}`;
  return undefined;
}

/** Starts intranet conversations to post into, each from a client address of its own. */
async function startSessions(url: string, count: number): Promise<Session[]> {
  const sessions: Session[] = [];
  for (let i = 0; i < count; i++) {
    const localAddress = `127.0.1.${i + 1}`;
    const token = await rawRequest({ url: `${url}/api/webchat/token`, localAddress });
    if (token.kind !== 'answered' || token.status !== 200) throw new Error(`the token route answered ${JSON.stringify(token).slice(0, 200)}`);
    const session = JSON.parse(token.text) as Session;
    const started = await rawRequest({ url: `${url}/v3/directline/conversations`, headers: { authorization: `Bearer ${session.token}` }, localAddress });
    if (started.kind !== 'answered' || started.status !== 201) throw new Error('could not start a conversation');
    sessions.push({ token: session.token, conversationId: session.conversationId });
  }
  return sessions;
}

/**
 * Sends `count` randomised and mutated requests (seeded: the same seed sends the same cases) to the bot as
 * `npm start` runs it, in a child process, `concurrency` at a time, and counts what came back.
 */
export async function runFuzz({ count, seed, concurrency, boundMs }: FuzzOptions, sdk: BotSdk): Promise<FuzzFigures> {
  const started = Date.now();
  const connector = await startConnectorStub();
  // Replies to a serviceUrl that refuses connections give up quickly, so no request waits near the bound.
  const server = await startChildServer({ BOT_SDK: sdk, REPLY_TIMEOUT_SECONDS: '2' });
  try {
    const bombs = await makeBombs();
    const sessions = await startSessions(server.url, 30);
    const context = { random: seededRandom(seed), sessions, connectorUrl: connector.url, bombs };
    const cases = Array.from({ length: count }, (_, index) => fuzzCase(context, index));
    const memoryBefore = await server.memory();
    const outcomes = await inPool(cases, concurrency, (item) =>
      rawRequest({ url: `${server.url}${item.path}`, method: item.method, headers: item.headers, body: item.body, localAddress: item.localAddress, timeoutMs: boundMs * 2 }),
    );
    const memoryAfter = await server.memory();

    const byStatusClass: Record<string, number> = {};
    const byStatus: Record<string, number> = {};
    const failures: FuzzFigures['failures'] = [];
    let unsupportedInvokes = 0;
    outcomes.forEach((outcome, index) => {
      const item = cases[index]!;
      byStatusClass[statusClass(outcome)] = (byStatusClass[statusClass(outcome)] ?? 0) + 1;
      const status = outcome.kind === 'answered' ? String(outcome.status) : outcome.code;
      byStatus[status] = (byStatus[status] ?? 0) + 1;
      if (outcome.kind === 'answered' && outcome.status === 501 && item.invoke) unsupportedInvokes += 1;
      const failure = failureOf(item, outcome, boundMs);
      if (failure) failures.push({ kind: item.kind, outcome: failure });
    });
    return {
      requests: outcomes.length,
      byStatusClass,
      byStatus,
      unsupportedInvokes,
      failures,
      slowestMs: Math.max(...outcomes.map((outcome) => outcome.ms)),
      crashed: server.crashed(),
      failedTurns: countBy(server.lines.filter((line) => line.msg === 'turn failed'), (line) => `${String(line.errorName)} at ${String(line.thrownAt)}`),
      stderrBytes: server.stderr().length,
      memoryBefore,
      memoryAfter,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
  } finally {
    await server.stop();
    await connector.close();
  }
}
