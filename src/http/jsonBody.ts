import * as restify from 'restify';
import type { Logger } from '../logger';

// Activities are small JSON documents (files travel as links); this only stops abuse.
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Reads and parses a JSON body, answering 400 `{ error }` itself. restify's bodyParser answers bad JSON
 * in its own `{ code, message }` shape, and its message quotes the body, which may hold patient answers.
 */
export function jsonBody(logger: Logger, maxBodySize = MAX_BODY_BYTES): restify.RequestHandler[] {
  return [restify.plugins.bodyReader({ maxBodySize }), parseJson(logger)];
}

function parseJson(logger: Logger): restify.RequestHandler {
  return (req, res, next) => {
    const reject = (reason: string): void => {
      logger.warn('rejected a request body', { reason });
      res.send(400, { error: reason });
      next(false);
    };
    if (!isJsonMediaType(req.getContentType())) {
      reject('expected Content-Type: application/json');
      return;
    }
    const raw: unknown = req.body;
    const text = Buffer.isBuffer(raw) ? raw.toString('utf8') : raw;
    if (typeof text !== 'string' || text.trim() === '') {
      reject('the request body is empty');
      return;
    }
    try {
      req.body = JSON.parse(text);
    } catch {
      // Not the parser's message: it quotes the body.
      reject('the request body is not valid JSON');
      return;
    }
    next();
  };
}

function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.trim();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}
