import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctdtpPatient, trialNames } from '../dialogs/profiles';
import { startChildServer, type ChildServer } from '../reliability/support/childServer';
import { startAgentsPlayground, type AgentsPlayground } from '../support/agentsPlayground';
import { screenByTyping } from '../support/browserScreening';
import { ARTIFACTS, CARDS, chatClients } from '../support/chatClients';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { readable } from '../support/renderedText';

/**
 * The bot as a developer tries it on the Microsoft 365 Agents SDK: `npm start` with BOT_SDK=agents, and the
 * Microsoft 365 Agents Playground in front of it as Teams (msteams), its replies POSTed to the Playground's connector
 * by the SDK's connector client. A patient is screened by typing, to the results, whose screenshot is
 * test-results/agents-sdk-playground-results.png.
 */
describe.skipIf(chromiumMissing !== undefined)('npm start with BOT_SDK=agents, in the Agents Playground as Teams', () => {
  let server: ChildServer;
  let playground: AgentsPlayground;
  beforeAll(async () => {
    server = await startChildServer({ BOT_SDK: 'agents' }, { entry: 'npm start' });
    playground = await startAgentsPlayground(`${server.url}/api/messages`, 'msteams');
  }, 180_000);
  afterAll(async () => {
    await playground?.stop();
    await server?.stop();
  });

  it('screens a patient to the results', async () => {
    expect(server.lines.find((line) => line.msg === 'bot listening')).toMatchObject({ sdk: 'agents' });
    const browser = await launchChromium({ width: 1100, height: 1000 });
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(playground.url);
      await page.locator(CARDS).first().waitFor({ timeout: 30_000 });
      const asked = await screenByTyping(page, { name: 'agents-sdk-playground', input: chatClients.teams.input }, ctdtpPatient);
      expect(asked[0]).toBe('primary_diagnosis');
      const results = page.locator(CARDS).filter({ hasText: 'Referral summary' }).first();
      expect(readable(await results.innerText())).toContain(trialNames.ctdtp);
      // Its verdict at the top.
      await results.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(ARTIFACTS, 'agents-sdk-playground-results.png') });
    } finally {
      await browser.close();
    }
    expect(server.lines.filter((line) => line.level === 'error')).toEqual([]);
  }, 180_000);
});
