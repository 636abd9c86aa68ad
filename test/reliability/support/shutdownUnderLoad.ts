import { Agent } from 'node:http';
import { startConnectorStub } from '../../support/connectorStub';
import type { BotSdk } from '../../support/sdks';
import { startChildServer } from './childServer';
import { rawRequest } from './rawHttp';

export interface ShutdownFigures {
  /** Requests sent, all before the load stopped. */
  sent: number;
  /** Requests answered (any status). */
  answered: number;
  /** Requests sent before SIGTERM and answered after it: under way when the signal came. */
  underWayAtSignal: number;
  /** Requests sent after SIGTERM, during the delay, and answered. */
  sentAfterSignal: number;
  /** Answered with a 5xx. */
  serverErrors: number;
  /** Requests that got no answer (connection reset, hung up): must be none. */
  resets: number;
  /** /readyz answers to probes sent once the server logged the signal, on a connection opened before it. */
  readyAfterSignal: number[];
  /** What a new connection got once the listener closed: ECONNREFUSED. */
  afterClose: string;
  exitCode: number | null;
  /** From SIGTERM to the process's end. */
  shutdownMs: number;
}

/** Replies a channel takes this long to accept: turns are under way when the signal comes. */
const CONNECTOR_DELAY_MS = 300;
/**
 * The server's SHUTDOWN_DELAY_SECONDS: connections still accepted after the signal. Its default: the load goes on for
 * half of it, and a connection the server has not yet accepted when the listener closes is reset, so the other half
 * is what the server's event loop may lag behind under the load (a second; half a second was too little for the
 * Agents SDK's costlier turns on a busy machine).
 */
const SHUTDOWN_DELAY_SECONDS = 2;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The bot under load from `workers` clients (half on keep-alive connections, half a connection per request;
 * turns whose replies a slow channel takes, expectReplies turns, health checks), SIGTERM after `loadMs`, and the
 * load going on for half of the shutdown delay after it, as a load balancer's traffic does until it sees /readyz
 * answer 503. Every request sent must be answered; then the listener is closed.
 */
export async function shutdownUnderLoad(sdk: BotSdk, { workers = 40, loadMs = 1_500 } = {}): Promise<ShutdownFigures> {
  const connector = await startConnectorStub(200, CONNECTOR_DELAY_MS);
  const server = await startChildServer({ BOT_SDK: sdk, SHUTDOWN_DELAY_SECONDS: String(SHUTDOWN_DELAY_SECONDS), SHUTDOWN_TIMEOUT_SECONDS: '15' });
  let signalledAt = 0;
  let stopped = false;
  const figures = { sent: 0, answered: 0, underWayAtSignal: 0, sentAfterSignal: 0, serverErrors: 0, resets: 0 };
  const readyAfterSignal: number[] = [];

  const body = (i: number, n: number): string =>
    JSON.stringify({
      type: 'message',
      id: `load-${i}-${n}`,
      channelId: 'emulator',
      from: { id: `load-user-${i}` },
      recipient: { id: 'bot' },
      conversation: { id: `load-conversation-${i}` },
      text: n % 2 === 0 ? 'hello' : 'lupus',
      ...(n % 3 === 0 ? { serviceUrl: connector.url } : { deliveryMode: 'expectReplies' }),
    });

  const worker = async (i: number): Promise<void> => {
    const agent = i % 2 === 0 ? new Agent({ keepAlive: true, maxSockets: 1 }) : undefined;
    try {
      for (let n = 0; !stopped; n++) {
        const sentBeforeSignal = signalledAt === 0;
        const healthCheck = n % 4 === 3;
        figures.sent += 1;
        const outcome = await rawRequest({
          url: `${server.url}${healthCheck ? '/healthz' : '/api/messages'}`,
          method: healthCheck ? 'GET' : 'POST',
          headers: healthCheck ? {} : { 'content-type': 'application/json' },
          body: healthCheck ? undefined : body(i, n),
          agent,
          timeoutMs: 20_000,
        });
        if (outcome.kind === 'failed') {
          figures.resets += 1;
          continue;
        }
        figures.answered += 1;
        if (sentBeforeSignal && signalledAt !== 0) figures.underWayAtSignal += 1;
        if (!sentBeforeSignal) figures.sentAfterSignal += 1;
        if (outcome.status >= 500) figures.serverErrors += 1;
      }
    } finally {
      agent?.destroy();
    }
  };

  // A load balancer's health checks, on one keep-alive connection opened before the signal, until the load stops;
  // on a busy machine the signal's log line can come late, so until one answer after it at most for the delay.
  const probing = (): boolean => !stopped || (readyAfterSignal.length === 0 && Date.now() - signalledAt < SHUTDOWN_DELAY_SECONDS * 1000);
  const probe = async (): Promise<void> => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      while (probing()) {
        // Once the server has logged that it is shutting down (the signal takes a moment to arrive).
        const sentAfterSignal = server.lines.some((line) => line.msg.startsWith('shutting down'));
        const outcome = await rawRequest({ url: `${server.url}/readyz`, method: 'GET', agent });
        if (outcome.kind === 'answered' && sentAfterSignal) readyAfterSignal.push(outcome.status);
        await wait(20);
      }
    } finally {
      agent.destroy();
    }
  };

  try {
    const load = Promise.all([...Array.from({ length: workers }, (_, i) => worker(i)), probe()]);
    await wait(loadMs);
    signalledAt = Date.now();
    server.kill('SIGTERM');
    await wait((SHUTDOWN_DELAY_SECONDS * 1000) / 2);
    stopped = true;
    await load;
    await wait(SHUTDOWN_DELAY_SECONDS * 1000);
    const late = await rawRequest({ url: `${server.url}/healthz`, method: 'GET' });
    const exitCode = await server.exited;
    return {
      ...figures,
      readyAfterSignal,
      afterClose: late.kind === 'failed' ? late.code : `HTTP ${late.status}`,
      exitCode,
      shutdownMs: Date.now() - signalledAt,
    };
  } finally {
    await server.stop();
    await connector.close();
  }
}
