import type * as restify from 'restify';
import { errorFields, type Logger } from '../logger';
import { ChannelError } from './channelError';
import { COMMON_HEADERS } from './securityHeaders';
import { setHeaders } from './staticFile';

/** Tokens and conversations are per browser: never stored by a cache. */
export const API_HEADERS: Readonly<Record<string, string>> = { ...COMMON_HEADERS, 'Cache-Control': 'no-store' };

export function sendJson(res: restify.Response, status: number, body: unknown): void {
  setHeaders(res, API_HEADERS);
  res.send(status, body);
}

/** A ChannelError becomes its status and reason; anything else a 500 that says nothing of the request. */
export function sendFailure(res: restify.Response, error: unknown, logger: Logger, route: string): void {
  if (error instanceof ChannelError) {
    // Reasons name fields and expectations, never values: safe to log.
    logger.warn('webchat request refused', { route, status: error.status, reason: error.message });
    sendJson(res, error.status, { error: error.message });
    return;
  }
  logger.error('webchat request failed', { route, ...errorFields(error) });
  if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
}
