import { createHash } from 'node:crypto';
import type * as restify from 'restify';
import { TEXTS } from '../replies/texts/texts';
import { setHeaders } from './staticFile';

export const PAGE_TEXTS_PATH = '/webchat/texts.js';

/**
 * The page's own words in every language the assistant speaks, from the texts (src/replies/texts/<locale>/page.ts),
 * as a script the page loads before app.js: it picks the language (?lang=, else the browser's) and says the page in it.
 */
export function pageTexts(headers: Readonly<Record<string, string>>): restify.RequestHandler {
  const body = `'use strict';\nwindow.PAGE_TEXTS = ${JSON.stringify(Object.fromEntries(Object.entries(TEXTS).map(([locale, t]) => [locale, t.page])))};\n`;
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  // Async, as restify wants a handler without `next`.
  return async (req, res) => {
    setHeaders(res, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache', ETag: etag });
    if (req.header('if-none-match') === etag) {
      res.writeHead(304);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
}
