import path from 'node:path';
import type * as restify from 'restify';
import { PAGE_TEXTS_PATH, pageTexts } from './pageTexts';
import { COMMON_HEADERS, pageHeaders, type PagePolicy } from './securityHeaders';
import { staticFile } from './staticFile';
import { webAssetsPath, webChatBundlePath } from './webAssets';

export const PAGE_PATH = '/';
export const EMBED_SCRIPT_PATH = '/embed.js';
export const WEBCHAT_BUNDLE_PATH = '/webchat/webchat.js';

// Web Chat's URL carries no version, so a browser may keep an old bundle this long after an upgrade;
// the ETag makes the check after that cheap.
const BUNDLE_CACHE = 'public, max-age=604800';
// Our own page code changes with a deployment: revalidate every time (a 304 when unchanged).
const OWN_ASSET_CACHE = 'no-cache';

const JS = 'text/javascript; charset=utf-8';

/** The Web Chat page and every file it loads, all from our origin. */
export function registerPageRoutes(server: restify.Server, policy: PagePolicy): void {
  const web = webAssetsPath();
  const asset = { ...COMMON_HEADERS, 'Cross-Origin-Resource-Policy': 'same-origin' };
  server.get(PAGE_PATH, staticFile(path.join(web, 'index.html'), { contentType: 'text/html; charset=utf-8', cacheControl: OWN_ASSET_CACHE, headers: pageHeaders(policy) }));
  server.get(PAGE_TEXTS_PATH, pageTexts(asset));
  server.get('/webchat/app.js', staticFile(path.join(web, 'app.js'), { contentType: JS, cacheControl: OWN_ASSET_CACHE, headers: asset }));
  server.get('/webchat/styles.css', staticFile(path.join(web, 'styles.css'), { contentType: 'text/css; charset=utf-8', cacheControl: OWN_ASSET_CACHE, headers: asset }));
  server.get(WEBCHAT_BUNDLE_PATH, staticFile(webChatBundlePath(), { contentType: JS, cacheControl: BUNDLE_CACHE, headers: asset }));
  // Loaded by intranet pages of other origins, so it must be readable cross-origin.
  server.get(EMBED_SCRIPT_PATH, staticFile(path.join(web, 'embed.js'), { contentType: JS, cacheControl: OWN_ASSET_CACHE, headers: { ...COMMON_HEADERS, 'Cross-Origin-Resource-Policy': 'cross-origin' } }));
}
