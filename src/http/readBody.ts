import type { IncomingMessage } from 'node:http';
import { createGunzip, createInflate, type Gunzip, type Inflate } from 'node:zlib';

/** A body refused with a status and a reason naming what was wrong and what was expected; never a value sent. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
    /** The rest of the body was not read: the connection must close after the answer. */
    readonly unread = false,
  ) {
    super(message);
    this.name = 'BodyError';
  }
}

/** The client went away before its body arrived: there is nobody to answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before sending the whole body');
    this.name = 'ClientGoneError';
  }
}

/**
 * How much of a body already refused is still read and thrown away, so the client gets its answer instead of a
 * reset connection; a longer one is answered at once and the connection closed.
 */
export const DISCARD_LIMIT_BYTES = 8 * 1024 * 1024;

const ENCODINGS = 'expected Content-Encoding gzip, deflate or identity (one of them, not a list)';

function decoderFor(encoding: string | undefined): Gunzip | Inflate | undefined {
  switch ((encoding ?? 'identity').trim().toLowerCase()) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    default:
      throw new BodyError(415, `unsupported Content-Encoding: ${ENCODINGS}`);
  }
}

/**
 * The whole body, inflated when it is gzip or deflate, with `maxBytes` applied to the sent bytes and to the
 * inflated ones (a small gzip body can inflate to gigabytes). A refused body is read to its end before the
 * answer (up to DISCARD_LIMIT_BYTES), so a well-behaved client reads a 4xx rather than a reset. Every stream
 * error is caught here: none can reach the process as an unhandled 'error' event.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > DISCARD_LIMIT_BYTES) {
      reject(new BodyError(413, `the request body is larger than ${maxBytes} bytes`, true));
      return;
    }
    let decoder: Gunzip | Inflate | undefined;
    try {
      decoder = decoderFor(req.headers['content-encoding']);
    } catch (error) {
      reject(error);
      return;
    }

    const chunks: Buffer[] = [];
    let kept = 0;
    let received = 0;
    let ended = false;
    // Set once the body is refused: the rest is read and dropped, and this is the answer at its end.
    let refusal: BodyError | undefined;
    let settled = false;

    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onClose);
      // Whatever the request does from now on (a late error, the rest of a huge body) must not throw.
      req.on('error', () => undefined);
      outcome();
    };
    const refuse = (error: BodyError): void => {
      const first = refusal ?? error;
      refusal = first;
      chunks.length = 0;
      decoder?.destroy();
      // Refused after the whole body arrived (inflating failed at its end), or too much is still coming.
      if (ended) settle(() => reject(first));
      else if (received > DISCARD_LIMIT_BYTES) settle(() => reject(new BodyError(first.status, first.message, true)));
    };
    const keep = (chunk: Buffer): void => {
      if (refusal) return;
      kept += chunk.length;
      if (kept > maxBytes) refuse(new BodyError(413, `the request body is larger than ${maxBytes} bytes${decoder ? ' once inflated' : ''}`));
      else chunks.push(chunk);
    };

    if (decoder) {
      decoder.on('data', keep);
      decoder.on('error', () => refuse(new BodyError(400, 'the request body is not valid, complete gzip or deflate data: expected it to match its Content-Encoding')));
      decoder.on('end', () => {
        if (!refusal) settle(() => resolve(Buffer.concat(chunks)));
      });
    }

    function onData(chunk: Buffer): void {
      received += chunk.length;
      if (received > maxBytes) refuse(new BodyError(413, `the request body is larger than ${maxBytes} bytes`));
      if (refusal) return;
      if (decoder) decoder.write(chunk);
      else keep(chunk);
    }
    function onEnd(): void {
      ended = true;
      if (refusal) settle(() => reject(refusal));
      else if (decoder) decoder.end();
      else settle(() => resolve(Buffer.concat(chunks)));
    }
    function onGone(): void {
      decoder?.destroy();
      settle(() => reject(new ClientGoneError()));
    }
    function onClose(): void {
      if (!req.complete) onGone();
    }

    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onClose);
  });
}
