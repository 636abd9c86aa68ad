import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rpfPatient, trialNames } from '../dialogs/profiles';
import { testAssistant } from '../support/assistant';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';
import { factAskedBy, readable } from '../support/renderedText';
import { screenByTyping } from '../support/browserScreening';
import { chatClients } from '../support/chatClients';
import { realCatalog } from '../support/catalog';
import { englishIn } from '../support/englishLeaks';

/**
 * A clinician's whole screening in headless Chromium, through the page at / and the intranet channel: typed
 * answers (one with a unit, one "unknown"), a card button clicked with the mouse and one pressed with the
 * keyboard, and the results card with the study and its contact. Every request the page makes stays on
 * our origin.
 */

if (chromiumMissing) console.warn(`Web Chat browser test skipped: ${chromiumMissing}`);

const ARTIFACTS = path.resolve(__dirname, '../../test-results');

// The RPF patient, with a haemoglobin typed with its unit and interstitial lung disease not known.
const profile: Record<string, string> = { ...rpfPatient, hemoglobin: 'Hb 9.2 g/dL', interstitial_lung_disease: 'unknown' };
const RPF_CONTACT = 'Hui Gao';

/** How each question is answered; typed unless named here. */
const viaMouse: Record<string, string> = { rpf_imaging_diagnosis: 'Yes' };
const viaKeyboard: Record<string, string> = { sex: 'Male' };

// Web Chat's markdown turns quotes typographic; lines are compared as one.
const plain = (text: string) => readable(text).replace(/\s+/g, ' ');

const SEND_BOX = '[data-id="webchat-sendbox-input"]';
const CARDS = '.ac-adaptiveCard';

/** What has the keyboard focus. */
async function activeElement(page: Page): Promise<{ label: string; dataId: string; text: string }> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return { label: '', dataId: '', text: '' };
  return {
    label: (await focused.getAttribute('aria-label')) ?? '',
    dataId: (await focused.getAttribute('data-id')) ?? '',
    text: ((await focused.textContent()) ?? '').trim(),
  };
}

async function typeAnswer(page: Page, answer: string): Promise<void> {
  await page.locator(SEND_BOX).focus();
  await page.keyboard.type(answer);
  await page.keyboard.press('Enter');
}

/** Shift+Tab from the send box to the transcript, Enter into the newest card, Tab to the button, Enter. */
async function pressButtonWithKeyboard(page: Page, title: string): Promise<void> {
  await page.locator(SEND_BOX).focus();
  for (let i = 0; i < 4 && !(await activeElement(page)).label.startsWith('Chat history'); i++) await page.keyboard.press('Shift+Tab');
  expect((await activeElement(page)).label).toMatch(/^Chat history/);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 6 && (await activeElement(page)).text !== title; i++) await page.keyboard.press('Tab');
  expect(await activeElement(page)).toMatchObject({ text: title });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

let server: WebChatServer;
beforeAll(async () => {
  if (chromiumMissing) return;
  server = await startWebChatServer({ bot: testAssistant() });
});
afterAll(async () => {
  await server?.close();
});

describe(chromiumMissing ? `Web Chat in Chromium — skipped: ${chromiumMissing}` : 'Web Chat in Chromium', () => {
  it.skipIf(chromiumMissing !== undefined)(
    'screens the RPF patient like a clinician would, from our origin only, and shows the study and its contact',
    async () => {
      const browser = await launchChromium();
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        const origin = new URL(server.url).origin;
        const requests: string[] = [];
        const failures: string[] = [];
        const consoleErrors: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        page.on('response', (response) => {
          if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
        });
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));

        await page.goto(`${server.url}/`);
        expect(await page.locator('h1').innerText()).toBe('Clinical trial screening assistant');
        expect(await page.locator('.privacy').innerText()).toMatch(/Never enter names, record numbers/);
        await page.locator(CARDS).first().waitFor();
        // Ready to type at once.
        await expect.poll(async () => (await activeElement(page)).dataId).toBe('webchat-sendbox-input');
        expect(await page.locator('.webchat__basic-transcript').innerText()).toMatch(/Hello — I help you check/);

        const asked: string[] = [];
        for (let turn = 0; turn < 40; turn++) {
          const cards = await page.locator(CARDS).count();
          const cardText = await page.locator(CARDS).last().innerText();
          if (/Referral summary/.test(cardText)) break;
          const fact = factAskedBy(cardText);
          if (fact === undefined) throw new Error(`no fact asks the question of this card: ${cardText.slice(0, 200)}`);
          const answer = profile[fact];
          if (answer === undefined) throw new Error(`the bot asked "${fact}", which the profile does not answer (asked so far: ${asked.join(', ')})`);
          asked.push(fact);
          const mouse = viaMouse[fact];
          const keyboard = viaKeyboard[fact];
          if (mouse) await page.locator(CARDS).last().getByRole('button', { name: mouse, exact: true }).click();
          else if (keyboard) await pressButtonWithKeyboard(page, keyboard);
          else await typeAnswer(page, answer);
          // The answer's turn ends with a new card: the next question, or the results.
          await page.locator(CARDS).nth(cards).waitFor();
        }
        expect(asked).toEqual(expect.arrayContaining(['primary_diagnosis', 'sex', 'rpf_imaging_diagnosis', 'hemoglobin', 'interstitial_lung_disease']));

        const transcript = plain(await page.locator('.webchat__basic-transcript').innerText());
        expect(transcript).toContain('Noted: Main diagnosis: Idiopathic retroperitoneal fibrosis');
        expect(transcript).toContain('Noted: Sex: Male');
        expect(transcript).toContain('Noted: Haemoglobin: 9.2 g/dL (= 92 g/L)');
        expect(transcript).toMatch(/Studies the patient may fit \(1\)/);

        const results = page.locator(CARDS).last();
        const resultsText = plain(await results.innerText());
        expect(resultsText).toContain(trialNames.rpf);
        expect(resultsText).toContain(RPF_CONTACT);
        expect(resultsText).toContain('Interstitial pneumonia / interstitial lung disease');
        await expect(results.getByRole('button', { name: `Email ${RPF_CONTACT}` }).count()).resolves.toBe(1);

        mkdirSync(ARTIFACTS, { recursive: true });
        await results.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-results.png') });
        await page.setViewportSize({ width: 820, height: 1180 });
        await results.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-results-tablet.png') });

        const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
        expect(foreign).toEqual([]);
        expect(failures).toEqual([]);
        expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );

  it.skipIf(chromiumMissing !== undefined)(
    'on a phone (below 600 px) the header is compact and the chat takes at least 80% of the height; on a desktop the header stays whole',
    async () => {
      for (const [width, height] of [[400, 800], [360, 640], [1280, 900]] as const) {
        const browser = await launchChromium({ width, height });
        try {
          const page = browser.context.pages()[0] ?? (await browser.context.newPage());
          await page.goto(`${server.url}/`);
          await page.locator(CARDS).first().waitFor();
          const chat = (await page.locator('main.chat').boundingBox())!;
          const purpose = await page.locator('.purpose').isVisible();
          if (width < 600) {
            expect(chat.height / height, `${width}×${height}`).toBeGreaterThanOrEqual(0.8);
            expect(purpose).toBe(false);
          } else {
            expect(purpose).toBe(true);
          }
          // The privacy warning stays on every screen.
          expect(await page.locator('.privacy').isVisible()).toBe(true);
          mkdirSync(ARTIFACTS, { recursive: true });
          await page.screenshot({ path: path.join(ARTIFACTS, `webchat-page-${width}.png`) });
        } finally {
          await browser.close();
        }
      }
    },
    60_000,
  );

  it.skipIf(chromiumMissing !== undefined)(
    'tells the clinician when the assistant restarted and forgot the session, instead of going quiet',
    async () => {
      const assistant = () => testAssistant();
      const first = await startWebChatServer({ bot: assistant() });
      let restarted: WebChatServer | undefined;
      const browser = await launchChromium();
      try {
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        await page.goto(`${first.url}/`);
        await page.locator(CARDS).first().waitFor();
        await first.close();
        restarted = await startWebChatServer({ bot: assistant(), port: Number(new URL(first.url).port) });
        // Polling stopped when the first server went away (directlinejs does not resume it); sending is what meets the new one.
        await typeAnswer(page, 'IgG4-related disease');
        const status = page.locator('#webchat-status');
        await expect.poll(async () => ((await status.isVisible()) ? status.innerText() : ''), { timeout: 20_000 }).toMatch(/the assistant may have restarted/);
      } finally {
        await browser.close();
        await restarted?.close();
      }
    },
    60_000,
  );

  it.skipIf(chromiumMissing !== undefined)('says the page and the conversation in Chinese for ?lang=zh-CN, and answers an English answer in Chinese', async () => {
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.url}/?lang=zh-CN`);
      await page.locator(CARDS).first().waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      expect(await page.locator('h1').innerText()).toBe('临床试验筛选助手');
      expect(await page.locator('#other-language').innerText()).toBe('English');
      expect(await page.locator(SEND_BOX).getAttribute('placeholder')).toMatch(/^输入回答/);
      expect(plain(await page.locator('.webchat').innerText())).toMatch(/您好——我帮您核查/);
      await typeAnswer(page, 'SLE');
      await page.getByText('已记录：主要诊断：系统性红斑狼疮').first().waitFor();
    } finally {
      await browser.close();
    }
  }, 60_000);

  it.skipIf(chromiumMissing !== undefined)('screens a patient in Chinese to the results, every card and message in Chinese', async () => {
    const browser = await launchChromium();
    try {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(`${server.url}/?lang=zh-CN`);
      await page.locator(CARDS).first().waitFor();
      await screenByTyping(page, { name: 'webchat-zh-CN', input: chatClients.webchat.input }, profile, undefined, 'zh-CN');
      const results = page.locator(CARDS).filter({ hasText: '转诊摘要' }).first();
      const text = plain(await results.innerText());
      // The same patient as in English, interstitial lung disease unknown: more information needed.
      expect(text).toContain('NCT04047576');
      expect(text).toContain('需要更多信息');
      expect(englishIn(text, realCatalog(), Object.values(profile))).toEqual([]);
      mkdirSync(ARTIFACTS, { recursive: true });
      await results.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ARTIFACTS, 'webchat-zh-CN-results.png') });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
