import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type * as restify from 'restify';

const gzipAsync = promisify(gzip);

export interface StaticFileOptions {
  contentType: string;
  cacheControl: string;
  headers?: Readonly<Record<string, string>>;
}

/**
 * Serves one file: ETag from size and modification time (a 304 when the browser has it), gzip when the
 * browser takes it (compressed once, on first request, then kept), otherwise streamed from disk. A
 * missing file fails at startup, not on the first visit.
 */
export function staticFile(file: string, options: StaticFileOptions): restify.RequestHandler {
  const stat = statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  let compressed: Promise<Buffer> | undefined;

  return async (req, res) => {
    setHeaders(res, { ...options.headers, 'Content-Type': options.contentType, 'Cache-Control': options.cacheControl, ETag: etag, Vary: 'Accept-Encoding' });
    if (req.header('if-none-match') === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    if (/\bgzip\b/.test(req.header('accept-encoding') ?? '')) {
      compressed ??= readFile(file).then((content) => gzipAsync(content));
      // A failed read is retried by the next request rather than remembered.
      const body = await compressed.catch((error: unknown) => {
        compressed = undefined;
        throw error;
      });
      res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'Content-Length': stat.size });
    await new Promise<void>((resolve, reject) => {
      createReadStream(file).on('error', reject).pipe(res).on('finish', resolve).on('close', resolve);
    });
  };
}

export function setHeaders(res: restify.Response, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}
