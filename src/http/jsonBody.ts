import type * as restify from 'restify';
import { errorFields, type Logger } from '../logger';
import { BodyError, ClientGoneError, readBody } from './readBody';

// Activities are small JSON documents (files travel as links); this only stops abuse.
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Deeper than any activity or card data (a few levels): JSON.parse takes any depth, but code that walks the
 * value recursively (JSON.stringify when the activity is logged for Web Chat, the SDK's serializer) would
 * overflow the stack.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Reads and parses a JSON body (gzip and deflate inflated, `maxBodySize` applied to the inflated bytes), and
 * answers 400, 413 or 415 `{ error }` itself. Reasons and log lines never quote the body: it may hold patient answers.
 */
export function jsonBody(logger: Logger, maxBodySize = MAX_BODY_BYTES): restify.RequestHandler {
  return (req, res, next) => {
    const refuse = (status: number, reason: string, closeConnection = false): void => {
      logger.warn('rejected a request body', { status, reason });
      if (closeConnection) res.setHeader('Connection', 'close');
      res.send(status, { error: reason });
      next(false);
    };
    if (!isJsonMediaType(req.getContentType())) {
      refuse(400, 'expected Content-Type: application/json');
      return;
    }
    readBody(req, maxBodySize).then(
      (raw) => {
        const parsed = parseJson(raw.toString('utf8'));
        if (!parsed.ok) {
          refuse(400, parsed.reason);
          return;
        }
        req.body = parsed.value;
        next();
      },
      (error: unknown) => {
        if (error instanceof BodyError) {
          refuse(error.status, error.message, error.unread);
        } else if (error instanceof ClientGoneError) {
          // Nobody left to answer.
          next(false);
        } else {
          logger.error('reading a request body failed', errorFields(error));
          res.send(500, { error: 'internal error' });
          next(false);
        }
      },
    );
  };
}

type Parsed = { ok: true; value: unknown } | { ok: false; reason: string };

function parseJson(body: string): Parsed {
  // A byte-order mark, which some clients write before JSON, may be ignored (RFC 8259, section 8.1).
  const text = body.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, reason: 'the request body is empty' };
  if (nestedDeeperThan(text, MAX_JSON_DEPTH)) return { ok: false, reason: `the request body is nested deeper than ${MAX_JSON_DEPTH} levels` };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Not the parser's message: it quotes the body.
    return { ok: false, reason: 'the request body is not valid JSON' };
  }
}

/** Whether objects and arrays nest deeper than `max`, counted outside strings (a bracket in a string is text). */
function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.trim();
  return type === 'application/json' || /^application\/[\w.-]+\+json$/.test(type);
}
