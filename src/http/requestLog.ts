import { randomUUID } from 'node:crypto';
import type * as restify from 'restify';
import type { Logger } from '../logger';
import type { Metrics } from '../operations/metrics';
import { runForRequest } from '../operations/requestContext';

/** The route a request matched, as its pattern (/v3/directline/conversations/:conversationId): never the path, which holds ids. */
export function routeOf(req: restify.Request): string {
  const path = req.getRoute?.()?.path;
  return typeof path === 'string' ? path : 'unmatched';
}

/**
 * Gives every request an id of our own (sent back as X-Request-Id; a caller's id is never trusted or logged),
 * runs the request under it so every log line of the request carries it, and when the response ends writes
 * the access line — method, route pattern, status, duration — and counts it. Never a body, a text, a path or
 * a query: they hold conversation ids and answers.
 */
export function requestLog(logger: Logger, metrics: Metrics): restify.RequestHandler {
  return (req, res, next) => {
    const requestId = randomUUID();
    const started = process.hrtime.bigint();
    res.setHeader('X-Request-Id', requestId);
    // Node's parser only admits the methods it knows: a closed set, fit for a label.
    const method = req.method ?? 'UNKNOWN';
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req);
      // A response that never finished: the client went away, or the connection was dropped at shutdown.
      const completed = res.writableFinished ? {} : { completed: false };
      runForRequest(requestId, () =>
        logger.info('request', { method, route, status: res.statusCode, durationMs: Math.round(seconds * 1000), ...completed }),
      );
      // Node's default 200 would count an abandoned request as answered.
      metrics.requestEnded(route, method, res.writableFinished ? res.statusCode : 'aborted', seconds);
    });
    runForRequest(requestId, () => next());
  };
}
