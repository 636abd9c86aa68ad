import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ctdtpPatient, trialNames } from '../dialogs/profiles';
import { startAgentsPlayground, type AgentsPlayground } from '../support/agentsPlayground';
import { testAssistant } from '../support/assistant';
import { realCatalog } from '../support/catalog';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';
import { factAskedBy, readable } from '../support/renderedText';

/**
 * What a clinician sees, in the two clients we serve: the intranet Web Chat page, and Microsoft's Teams-like
 * Agents Playground in the msteams channel. One patient is screened in each, by typing; an answer's reply must
 * show what was noted and each study it ruled out on lines of their own, and the next question once. Screenshots
 * go to test-results/.
 */

if (chromiumMissing) console.warn(`rendering tests skipped: ${chromiumMissing}`);

const ARTIFACTS = path.resolve(__dirname, '../../test-results');
const CARDS = '.ac-adaptiveCard';

const plain = readable;

/** A chat client in the page: where to type, and what holds the transcript and the text messages. */
interface Client {
  name: string;
  url: (mode: 'single' | 'grouped') => string;
  input: string;
  transcript: string;
  /** A bot's text message (not its card). */
  textMessage: string;
}

/** A bot and, in front of it, the Agents Playground: one asking a question at a time, one asking grouped cards. */
interface Served {
  server: WebChatServer;
  playground: AgentsPlayground;
}
const served: Partial<Record<'single' | 'grouped', Served>> = {};
beforeAll(async () => {
  if (chromiumMissing) return;
  for (const [mode, groupSize] of [['single', 1], ['grouped', 6]] as const) {
    const server = await startWebChatServer({ bot: testAssistant({ groupSize }) });
    served[mode] = { server, playground: await startAgentsPlayground(`${server.url}/api/messages`) };
  }
}, 90_000);
afterAll(async () => {
  for (const { server, playground } of Object.values(served)) {
    await playground.stop();
    await server.close();
  }
});

const clients: Client[] = [
  { name: 'webchat', url: (mode) => `${served[mode]!.server.url}/`, input: '[data-id="webchat-sendbox-input"]', transcript: '.webchat__basic-transcript', textMessage: '.webchat__bubble' },
  { name: 'teams', url: (mode) => served[mode]!.playground.url, input: '[data-lexical-editor="true"]', transcript: 'body', textMessage: '.fai-OutputCard' },
];

async function type(page: Page, client: Client, text: string): Promise<void> {
  await page.locator(client.input).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The visible lines of the bot's text message that contains `text`. */
async function linesOf(messages: Locator, text: string): Promise<string[]> {
  const message = messages.filter({ hasText: text }).last();
  return (await message.innerText()).split('\n').map(plain).filter((line) => line !== '');
}

/** Runs `use` on the client's page in a fresh Chromium, once the bot's first card is shown; the browser is closed after. */
async function inChat(client: Client, mode: 'single' | 'grouped', height: number, use: (page: Page) => Promise<void>): Promise<void> {
  const browser = await launchChromium({ width: 1100, height });
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(client.url(mode));
    await page.locator(CARDS).first().waitFor({ timeout: 30_000 });
    mkdirSync(ARTIFACTS, { recursive: true });
    await use(page);
  } finally {
    await browser.close();
  }
}

describe.skipIf(chromiumMissing !== undefined)('what a clinician sees in Web Chat and in Teams (Agents Playground, msteams)', () => {
  it.each(clients)(
    '$name: one reply per answer — what was noted, each study ruled out on its own line, the question once — through to the results',
    async (client) =>
      inChat(client, 'single', 1000, async (page) => {
        const asked: string[] = [];
        for (let turn = 0; turn < 30; turn++) {
          const cards = await page.locator(CARDS).count();
          const cardText = await page.locator(CARDS).last().innerText();
          if (/Referral summary/.test(cardText)) break;
          const fact = factAskedBy(cardText);
          // A follow-up (the last dose change of a medicine given with its start only): the dose is the same since.
          const followUp = fact === undefined && /Has the dose of .* changed/.test(plain(cardText));
          if (fact === undefined && !followUp) throw new Error(`no fact asks the question of this card: ${cardText.slice(0, 200)}`);
          if (fact !== undefined) asked.push(fact);
          await type(page, client, fact === undefined ? 'same dose' : (ctdtpPatient[fact] ?? 'unknown'));
          await page.locator(CARDS).nth(cards).waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
            await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-stuck.png`) });
            throw new Error(`no new card after answering ${asked.join(', ')}: ${String(error)}`);
          });

          if (asked.length === 1) {
            // The diagnosis rules studies out: the reply lists the noted fact and each study on a line of its own.
            const lines = await linesOf(page.locator(client.textMessage), 'Noted: Main diagnosis');
            expect(lines[0]).toMatch(/^Noted: Main diagnosis: Primary Sjögren's syndrome/);
            const ruledOut = lines.slice(1);
            expect(ruledOut.length, lines.join(' | ')).toBeGreaterThanOrEqual(2);
            for (const line of ruledOut) expect(line).toMatch(/^Ruled out: .+ — (inclusion|exclusion) \S+, Main diagnosis: Primary Sjögren's syndrome$/);
            const studies = Object.values(trialNames).filter((name) => ruledOut.some((line) => line.startsWith(`Ruled out: ${name} — `)));
            expect(studies).toHaveLength(ruledOut.length);
            // The next question is on its card, once: not repeated in the text above it.
            const nextQuestion = plain(realCatalog().facts.get(factAskedBy(await page.locator(CARDS).last().innerText()) ?? '')?.question ?? '');
            expect(nextQuestion).not.toBe('');
            const transcript = plain(await page.locator(client.transcript).innerText()).replace(/\s+/g, ' ');
            expect(transcript.split(nextQuestion).length - 1).toBe(1);
            await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-answer.png`) });
          }
        }
        expect(asked[0]).toBe('primary_diagnosis');
        const results = page.locator(CARDS).filter({ hasText: 'Referral summary' }).first();
        expect(plain(await results.innerText())).toContain(trialNames.ctdtp);
        await results.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-results.png`) });
      }),
    120_000,
  );
});

/** The example without its medicines, which would settle every study but one: the medicines are then asked on a card. */
const SUMMARY = "47 yo woman, primary Sjögren's since 2019, thrombocytopenia plt 38 x10^9/L. Hb 11.2 g/dL, WBC 3.9. No malignancy, HBV/HCV neg, not pregnant.";

describe.skipIf(chromiumMissing !== undefined)('a pasted summary and grouped cards in Web Chat and in Teams (Agents Playground, msteams)', () => {
  it.each(clients)(
    '$name: the confirmation card lists each fact beside its words; recorded, the next card asks several questions',
    async (client) =>
      inChat(client, 'grouped', 1400, async (page) => {
        const cards = await page.locator(CARDS).count();
        await type(page, client, SUMMARY);
        const confirmation = page.locator(CARDS).nth(cards);
        await confirmation.waitFor({ timeout: 20_000 });
        const shown = plain(await confirmation.innerText());
        expect(shown).toMatch(/Nothing is recorded until you confirm/);
        expect(shown).toContain('"47 yo"');
        expect(shown).toContain('"plt 38 x10^9/L"');
        await confirmation.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-summary-confirmation.png`), fullPage: true });

        await confirmation.getByRole('button', { name: 'Record these', exact: true }).click();
        await page.locator(CARDS).nth(cards + 1).waitFor({ timeout: 20_000 });
        expect(plain(await page.locator(client.transcript).innerText())).toContain('Noted: Platelet count: 38');
        // What the summary left open, on cards: answered "None" (or "Not known" where a card has no such button)
        // until a card asks several questions at once.
        const fields = 'input:not([type="checkbox"]):not([type="radio"]), textarea, select, [role="combobox"]';
        let next = page.locator(CARDS).last();
        for (let card = 0; card < 4 && (await next.locator(fields).count()) < 2; card++) {
          const count = await page.locator(CARDS).count();
          await next.getByRole('button', { name: /^(?:None|Not known)$/ }).first().click();
          await page.locator(CARDS).nth(count).waitFor({ timeout: 20_000 });
          next = page.locator(CARDS).last();
        }
        expect(await next.locator(fields).count()).toBeGreaterThan(1);
        await next.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-grouped-card.png`), fullPage: true });
      }),
    120_000,
  );
});
