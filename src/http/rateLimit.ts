import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type * as restify from 'restify';

export interface RateLimitOptions {
  /** Requests one client may make per minute. */
  perMinute: number;
  /** The route pattern, for the log and the metrics. */
  route: string;
  /** The key of the client a request comes from (see clientAddress). */
  clientOf(req: restify.Request): string;
  onLimited(route: string): void;
}

/**
 * Refuses a client's requests beyond `perMinute` with 429 and Retry-After, before any work is done for them
 * (rate-limiter-flexible's in-memory limiter: a fixed one-minute window per key, keys forgotten when it ends,
 * so its memory stays bounded by the clients of the last minute).
 */
export function rateLimit({ perMinute, route, clientOf, onLimited }: RateLimitOptions): restify.RequestHandler {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return (req, res, next) => {
    limiter.consume(clientOf(req)).then(
      () => next(),
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) {
          // The in-memory limiter only rejects with its result; anything else is a bug, and the request goes ahead.
          next();
          return;
        }
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        // No log line of its own: the access line says 429, and a flood must not double the log.
        onLimited(route);
        res.setHeader('Retry-After', String(retryAfter));
        res.send(429, { error: `too many requests from this client: expected at most ${perMinute} a minute here; retry in ${retryAfter} s` });
        next(false);
      },
    );
  };
}
