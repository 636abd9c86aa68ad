import type * as restify from 'restify';
import { errorFields, type Logger } from '../logger';

// restify's own messages quote the path (which holds conversation ids) or the thrown error's message.
const REASONS: Readonly<Record<number, string>> = {
  404: 'no such route: expected one of the documented paths',
  405: 'method not allowed on this route',
};

/**
 * Errors restify answers itself (no route, wrong method, a handler that threw) get a `{ error }` body of our
 * own wording; a server error is logged by class and place, and its message never leaves the process.
 */
export function answerErrorsPlainly(server: restify.Server, logger: Logger): void {
  server.on('restifyError', (_req: restify.Request, res: restify.Response, error: Error & { statusCode?: unknown }, done: () => void) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) logger.error('request failed', errorFields(error));
    if (!res.headersSent) res.send(status, { error: REASONS[status] ?? (status >= 500 ? 'internal error' : 'request refused') });
    done();
  });
}
