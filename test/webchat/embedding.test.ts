import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { startIntranetPage, type IntranetPage } from '../support/intranetPage';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';

/** The documented embed.js snippet on a page of another origin, with and without WEBCHAT_FRAME_ANCESTORS. */

if (chromiumMissing) console.warn(`Web Chat embedding test skipped: ${chromiumMissing}`);

const SEND_BOX = '[data-id="webchat-sendbox-input"]';

let intranet: IntranetPage;
let allowed: WebChatServer;
let notAllowed: WebChatServer;
let botUrl = '';
beforeAll(async () => {
  if (chromiumMissing) return;
  intranet = await startIntranetPage(() => botUrl);
  allowed = await startWebChatServer({ env: { WEBCHAT_FRAME_ANCESTORS: `'self' ${intranet.origin}` } });
  notAllowed = await startWebChatServer();
});
afterAll(async () => {
  await allowed?.close();
  await notAllowed?.close();
  await intranet?.close();
});

describe(chromiumMissing ? `Embedding Web Chat — skipped: ${chromiumMissing}` : 'Embedding Web Chat', () => {
  it.skipIf(chromiumMissing !== undefined)('shows the assistant in the intranet page when frame-ancestors names it, and only then', async () => {
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const consoleErrors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });

      botUrl = allowed.url;
      await page.goto(intranet.url);
      const frame = page.frameLocator('#trial-screening-assistant iframe');
      await frame.locator(SEND_BOX).waitFor();
      expect(await page.locator('#trial-screening-assistant iframe').getAttribute('title')).toBe('Clinical trial screening assistant');
      // Framed: the privacy warning stays, the rest of the introduction goes.
      expect(await frame.locator('.privacy').isVisible()).toBe(true);
      expect(await frame.locator('h1').isVisible()).toBe(false);

      botUrl = notAllowed.url;
      await page.goto(intranet.url);
      await expect.poll(() => consoleErrors.some((text) => /frame-ancestors/.test(text)), { timeout: 10_000 }).toBe(true);
      expect(await frame.locator(SEND_BOX).count()).toBe(0);
    } finally {
      await browser.close();
    }
  }, 30_000);
});
