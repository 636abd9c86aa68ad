import type * as restify from 'restify';
import { errorFields, type Logger } from '../logger';
import { StoreUnreachableError } from '../store/storeUnreachableError';
import { ChannelError } from './channelError';
import { COMMON_HEADERS } from './securityHeaders';
import { setHeaders } from './staticFile';

/** Tokens and conversations are per browser: never stored by a cache. */
export const API_HEADERS: Readonly<Record<string, string>> = { ...COMMON_HEADERS, 'Cache-Control': 'no-store' };

export function sendJson(res: restify.Response, status: number, body: unknown): void {
  setHeaders(res, API_HEADERS);
  res.send(status, body);
}

/** Seconds a client is asked to wait before trying a request refused with 503 again. */
export const RETRY_AFTER_SECONDS = 5;

const STORE_UNREACHABLE = new ChannelError(503, 'the store of conversations (Redis) cannot be reached now: expected the request again in a few seconds');

/**
 * A ChannelError becomes its status and reason, a store out of reach a 503 (every 503 with Retry-After); anything
 * else a 500 that says nothing of the request.
 */
export function sendFailure(res: restify.Response, error: unknown, logger: Logger, route: string): void {
  const refusal = error instanceof StoreUnreachableError ? STORE_UNREACHABLE : error;
  if (refusal instanceof ChannelError) {
    // Reasons name fields and expectations, never values: safe to log.
    logger.warn('webchat request refused', { route, status: refusal.status, reason: refusal.message });
    if (refusal.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    sendJson(res, refusal.status, { error: refusal.message });
    return;
  }
  logger.error('webchat request failed', { route, ...errorFields(error) });
  if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
}
