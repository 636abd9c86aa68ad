import { Server as NetServer, type AddressInfo } from 'node:net';
import pino from 'pino';
import * as restify from 'restify';
import { AddressSet } from './http/clientAddress';
import { answerErrorsPlainly } from './http/errorResponses';
import { registerHealthRoutes } from './http/healthRoutes';
import { registerMessagesRoute, type MessagesRouteDeps } from './http/messagesRoute';
import { registerMetricsRoute } from './http/metricsRoute';
import { requestLog } from './http/requestLog';
import { Metrics } from './operations/metrics';
import { Readiness } from './operations/readiness';
import { DEFAULT_METRICS_ALLOW } from './operations/settings';

export type { Bot } from './botframework/seam';

export interface ServerDeps extends MessagesRouteDeps {
  /** Default: a registry of the server's own. */
  metrics?: Metrics;
  /** Default: ready whenever not shutting down. */
  readiness?: Readiness;
  /** METRICS_ALLOW. */
  metricsAllow?: readonly string[];
  /** Default: REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number;
}

/** A whole request, body included, must arrive within this: a client trickling bytes cannot hold a socket for long. */
export const REQUEST_TIMEOUT_MS = 30_000;

/** How often Node looks for requests past their deadline (its default, 30 s, would let one run up to twice as long). */
const REQUEST_DEADLINE_CHECK_MS = 1_000;

/**
 * The bot's HTTP server, not yet listening: request ids and access log, health, readiness, metrics and the
 * messages route; Web Chat registers on it too (registerWebChat).
 */
export function createServer(deps: ServerDeps): restify.Server {
  const metrics = deps.metrics ?? new Metrics();
  const readiness = deps.readiness ?? new Readiness([], deps.logger);
  // restify's own logger would write its warnings (with request details) to stdout: ours writes every line.
  // (restify 11 takes a pino logger; its typings still describe bunyan's.)
  const server = restify.createServer({ name: 'trial-screening-assistant', log: pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'] });
  const requestTimeoutMs = deps.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // http.Server keeps its connectionsCheckingInterval option in this field and reads it when it starts
  // listening; restify creates the server without options.
  const http = server.server as typeof server.server & { connectionsCheckingInterval: number };
  http.requestTimeout = requestTimeoutMs;
  // Node cuts off a request whose body stalls only once headersTimeout (60 s by default) has passed too.
  http.headersTimeout = requestTimeoutMs;
  http.connectionsCheckingInterval = Math.min(REQUEST_DEADLINE_CHECK_MS, requestTimeoutMs);
  server.pre(requestLog(deps.logger, metrics));
  server.pre(closeConnectionsWhenShuttingDown(readiness));
  answerErrorsPlainly(server, deps.logger);
  registerHealthRoutes(server, readiness);
  registerMetricsRoute(server, metrics, new AddressSet(deps.metricsAllow ?? DEFAULT_METRICS_ALLOW));
  registerMessagesRoute(server, deps);
  return server;
}

/**
 * Once shutdown starts, each response closes its connection — also of a request that was under way when it
 * started, so the check is made as its headers go out: a keep-alive client reconnects to another instance.
 */
function closeConnectionsWhenShuttingDown(readiness: Readiness): restify.RequestHandler {
  return (_req, res, next) => {
    const writeHead = res.writeHead;
    res.writeHead = function writeHeadClosingWhenShuttingDown(this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (readiness.shuttingDown && !this.headersSent) this.setHeader('Connection', 'close');
      return writeHead.apply(this, args);
    } as typeof writeHead;
    next();
  };
}

/** How long a closing server (tests, a second signal) waits for requests under way before dropping their connections. */
const CLOSE_GRACE_MS = 1_000;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:3978 */
  url: string;
  /** Stops at once: idle connections dropped, busy ones after a short grace. */
  close(): Promise<void>;
  /**
   * Stops accepting connections and waits until every request under way has been answered and every
   * connection has closed (responses say Connection: close; idle keep-alive ones end with their timeout),
   * or until `deadlineMs`, when the rest are dropped. Resolves whether the deadline was needed.
   */
  drain(deadlineMs: number): Promise<'drained' | 'deadline'>;
}

/**
 * Listens on `port` (0 = any free port) on `host` (undefined = every interface); resolves once bound.
 */
export function listen(server: restify.Server, port: number, host?: string): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    const bound = (): void => {
      server.removeListener('error', onError);
      const { port: boundPort } = server.address() as AddressInfo;
      resolve({ url: `http://${urlHost(host)}:${boundPort}`, close: () => closeSoon(server), drain: (deadlineMs) => drain(server, deadlineMs) });
    };
    if (host === undefined) server.listen(port, bound);
    else server.listen(port, host, bound);
  });
}

function urlHost(host: string | undefined): string {
  if (host === undefined || host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

function closeSoon(server: restify.Server): Promise<void> {
  return new Promise<void>((done, fail) => {
    // Open keep-alive connections (a browser polling Web Chat) would hold the close up: idle ones are
    // dropped at once, and any still busy after a short grace.
    const http = server.server;
    const grace = setTimeout(() => http.closeAllConnections(), CLOSE_GRACE_MS);
    server.close((error?: Error) => {
      clearTimeout(grace);
      if (error) fail(error);
      else done();
    });
    http.closeIdleConnections();
  });
}

function drain(server: restify.Server, deadlineMs: number): Promise<'drained' | 'deadline'> {
  return new Promise((resolve) => {
    const http = server.server;
    const deadline = setTimeout(() => {
      http.closeAllConnections();
      resolve('deadline');
    }, deadlineMs);
    // net.Server's close, not http.Server's: the latter also drops idle keep-alive connections at once, and a
    // client sending its next request on one just then sees a reset. Left alone, each closes after its response
    // (Connection: close) or its keep-alive timeout, which clients know from the Keep-Alive header.
    NetServer.prototype.close.call(http, () => {
      clearTimeout(deadline);
      resolve('drained');
    });
  });
}
