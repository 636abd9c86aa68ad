/**
 * Response headers of the Web Chat page, its assets and its API. Everything the page runs comes from our
 * origin; the only other origin it may talk to is Azure Direct Line's, and only when that mode is on.
 */

export interface PagePolicy {
  /** Origins besides our own the page may connect to (Azure Direct Line in that mode, else none). */
  connectSources: readonly string[];
  /** CSP frame-ancestors sources: who may show the page in a frame. */
  frameAncestors: readonly string[];
}

/** Every response: no MIME sniffing, no Referer (page URLs could leak into other servers' logs). */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

export function contentSecurityPolicy({ connectSources, frameAncestors }: PagePolicy): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // No inline script and no eval: the page's own code is /webchat/app.js.
    ['script-src', "'self'"],
    // Web Chat styles itself at run time: emotion inserts <style> elements and the Adaptive Cards renderer
    // sets style attributes. Styles cannot run script, and with img-src/font-src/connect-src limited to our
    // origin an injected style has nowhere to send data.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectSources],
    ['media-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['frame-src', "'none'"],
    ['worker-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', ...frameAncestors],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Headers of the HTML page. */
export function pageHeaders(policy: PagePolicy): Record<string, string> {
  const headers: Record<string, string> = {
    ...COMMON_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(policy),
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    // Revalidate each time: the page is tiny and must change with a deployment.
    'Cache-Control': 'no-cache',
  };
  // Old browsers ignore frame-ancestors; X-Frame-Options can only say "same origin" or "nowhere", so it is
  // sent only when that is what frame-ancestors says (browsers that know CSP ignore it anyway).
  const [only, ...others] = policy.frameAncestors;
  if (others.length === 0 && only === "'self'") headers['X-Frame-Options'] = 'SAMEORIGIN';
  if (others.length === 0 && only === "'none'") headers['X-Frame-Options'] = 'DENY';
  return headers;
}

/** The Direct Line origins for connect-src: polling over https and, as Web Chat prefers, its WebSocket. */
export function directLineSources(endpoint: string): string[] {
  const url = new URL(endpoint);
  const socket = `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`;
  return [url.origin, socket];
}
