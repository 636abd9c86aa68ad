import { readFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatBundlePath } from '../../src/webchat/webAssets';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';

/** The page and its assets: everything from our origin, under a CSP that says so. */
let server: WebChatServer;
beforeAll(async () => {
  server = await startWebChatServer();
});
afterAll(async () => {
  await server.close();
});

const webDir = path.resolve(__dirname, '../../web');

/** A GET whose body is left as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function directives(csp: string | null): Map<string, string[]> {
  return new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name ?? '', values]));
}

describe('the Web Chat page', () => {
  it('explains what the assistant is for and warns against identifiers', async () => {
    const response = await fetch(`${server.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).toMatch(/Screens one de-identified patient against the eligibility criteria/);
    expect(html).toMatch(/Never enter names, record numbers/);
  });

  it('carries its words in every language the assistant speaks, the English ones as the page itself says them', async () => {
    const response = await fetch(`${server.url}/webchat/texts.js`);
    expect(response.status).toBe(200);
    const script = await response.text();
    const texts = JSON.parse(/window\.PAGE_TEXTS = (.*);\n$/s.exec(script)![1]!) as Record<string, Record<string, string>>;
    expect(Object.keys(texts)).toEqual(['en', 'zh-CN']);
    expect(texts['zh-CN']!.title).toBe('临床试验筛选助手');
    expect(Object.keys(texts['zh-CN']!).sort()).toEqual(Object.keys(texts.en!).sort());
    // The page as served is the English one until app.js says it in the language chosen: the two agree.
    const html = readFileSync(path.join(webDir, 'index.html'), 'utf8').replace(/\s+/g, ' ').replace(/&#39;|'/g, '’');
    for (const key of [...html.matchAll(/data-text="(\w+)"/g)].map((m) => m[1]!)) expect(html, key).toContain(texts.en![key]!.replace(/'/g, '’'));
  });

  it('loads only scripts and styles from our origin, and has no inline script', () => {
    const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) expect(attributes).toMatch(/\bsrc="\/webchat\/[\w.-]+\.js"/);
    expect(html).not.toMatch(/\son\w+=/i);
    for (const file of ['index.html', 'app.js', 'styles.css']) {
      expect(readFileSync(path.join(webDir, file), 'utf8'), file).not.toMatch(/https?:\/\/|@import|url\(/);
    }
  });

  it('is served under a Content-Security-Policy that allows only our origin', async () => {
    const { headers } = await fetch(`${server.url}/`);
    const csp = directives(headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    // Web Chat's run-time styles need it; see securityHeaders.ts.
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('may be framed by the intranet origins WEBCHAT_FRAME_ANCESTORS names', async () => {
    const embeddable = await startWebChatServer({ env: { WEBCHAT_FRAME_ANCESTORS: "'self' https://intranet.example.org" } });
    try {
      const { headers } = await fetch(`${embeddable.url}/`);
      expect(directives(headers.get('content-security-policy')).get('frame-ancestors')).toEqual(["'self'", 'https://intranet.example.org']);
      // X-Frame-Options cannot name another origin, and would forbid it.
      expect(headers.get('x-frame-options')).toBeNull();
    } finally {
      await embeddable.close();
    }
  });
});

describe('the page’s assets', () => {
  it('serves Web Chat’s self-contained bundle from node_modules, long-cached, gzipped when asked, 304 when unchanged', async () => {
    const plain = await fetch(`${server.url}/webchat/webchat.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=604800');
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    const bundle = readFileSync(webChatBundlePath());
    expect(Buffer.from(await plain.arrayBuffer()).equals(bundle)).toBe(true);

    const zipped = await rawGet(`${server.url}/webchat/webchat.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body.length).toBeLessThan(bundle.length / 2);
    expect(gunzipSync(zipped.body).equals(bundle)).toBe(true);

    const etag = plain.headers.get('etag') ?? '';
    const again = await fetch(`${server.url}/webchat/webchat.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves our own script and styles to be revalidated, since they change with a deployment', async () => {
    for (const [file, type] of [['app.js', 'text/javascript; charset=utf-8'], ['styles.css', 'text/css; charset=utf-8']] as const) {
      const response = await fetch(`${server.url}/webchat/${file}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    }
  });

  it('serves embed.js so that intranet pages of other origins can load it', async () => {
    const response = await fetch(`${server.url}/embed.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await response.text()).toMatch(/createElement\('iframe'\)/);
  });
});
