import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctdtpPatient } from '../dialogs/profiles';
import { startChildServer, type ChildServer } from '../reliability/support/childServer';
import { startAgentsPlayground, type AgentsPlayground } from '../support/agentsPlayground';
import { screenByTyping } from '../support/browserScreening';
import { ARTIFACTS, CARDS, chatClients } from '../support/chatClients';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { realCatalog } from '../support/catalog';
import { englishIn } from '../support/englishLeaks';
import { readable } from '../support/renderedText';

/**
 * A clinician who types "中文" in Teams (the Agents Playground as msteams, in front of `npm start`) is screened in
 * Chinese to the results, answering as they like (English answers are read too); the results' screenshot is
 * test-results/teams-zh-CN-results.png.
 */
describe.skipIf(chromiumMissing !== undefined)('a Chinese screening in Teams (the Agents Playground as msteams)', () => {
  let server: ChildServer;
  let playground: AgentsPlayground;
  beforeAll(async () => {
    server = await startChildServer({}, { entry: 'npm start' });
    playground = await startAgentsPlayground(`${server.url}/api/messages`, 'msteams');
  }, 180_000);
  afterAll(async () => {
    await playground?.stop();
    await server?.stop();
  });

  it('switches to Chinese when the clinician types 中文, and screens a patient to the results in Chinese', async () => {
    const browser = await launchChromium({ width: 1100, height: 1000 });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(playground.url);
      await page.locator(CARDS).first().waitFor({ timeout: 30_000 });
      const before = await page.locator(CARDS).count();
      await page.locator(chatClients.teams.input).first().click();
      await page.keyboard.type('中文');
      await page.keyboard.press('Enter');
      await page.locator(CARDS).nth(before).waitFor({ timeout: 20_000 });
      const asked = await screenByTyping(page, { name: 'teams-zh-CN', input: chatClients.teams.input }, ctdtpPatient, undefined, 'zh-CN');
      expect(asked[0]).toBe('primary_diagnosis');
      const results = page.locator(CARDS).filter({ hasText: '转诊摘要' }).first();
      const text = readable(await results.innerText());
      expect(text).toContain('可能符合');
      expect(englishIn(text, realCatalog(), Object.values(ctdtpPatient))).toEqual([]);
      await results.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(ARTIFACTS, 'teams-zh-CN-results.png') });
    } finally {
      await browser.close();
    }
  }, 240_000);
});
