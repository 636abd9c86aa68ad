import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summaryOf } from '../../bench/turns/summaries';
import { ctdtpPatient, screeningCases, trialNames } from '../dialogs/profiles';
import { startAgentsPlayground, type AgentsPlayground } from '../support/agentsPlayground';
import { testAssistant } from '../support/assistant';
import { isConfirmationCard, openChat, screenByTyping, screenInBrowser } from '../support/browserScreening';
import { realCatalog } from '../support/catalog';
import { ARTIFACTS, CARDS, chatClients, recordingCards, type ChatClient, type SentCard } from '../support/chatClients';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { AA_CONTRAST, clippedWithin, scrollPane, textContrasts } from '../support/pageMeasures';
import { startWebChatServer, type WebChatServer } from '../support/webChatServer';
import { factAskedBy, readable } from '../support/renderedText';

/**
 * What a clinician sees, in the two clients we serve: the intranet Web Chat page, and Microsoft's Teams-like
 * Agents Playground in the msteams channel. One patient is screened in each by typing, one question at a time:
 * an answer's reply must show what was noted and each study it ruled out on lines of their own, and the next
 * question once. Another is screened from a pasted note with its cards, at desktop and at phone width. Screenshots
 * go to test-results/.
 */

if (chromiumMissing) console.warn(`rendering tests skipped: ${chromiumMissing}`);


const plain = readable;

type Mode = 'single' | 'grouped';

/** A client, and where its chat is for a bot asking one question at a time or grouped cards. */
type Client = ChatClient & { url: (mode: Mode) => string };

/**
 * A bot and, in front of it, an Agents Playground: one asking a question at a time, one asking grouped cards (whose
 * cards are kept, for the browser to fill them from what they ask). The Playground keeps its conversation, so each
 * screening in Teams has one of its own.
 */
const served: Partial<Record<Mode, WebChatServer>> = {};
let playground: AgentsPlayground | undefined;
let sent: SentCard[] = [];
beforeAll(async () => {
  if (chromiumMissing) return;
  served.single = await startWebChatServer({ bot: testAssistant({ groupSize: 1 }) });
  const recorded = recordingCards(testAssistant({ groupSize: 6 }));
  sent = recorded.cards;
  served.grouped = await startWebChatServer({ bot: recorded.bot });
}, 90_000);
afterAll(async () => {
  await playground?.stop();
  for (const server of Object.values(served)) await server.close();
});

/** A fresh Agents Playground in front of the bot of `mode`, for one conversation. */
async function freshPlayground(mode: Mode): Promise<string> {
  await playground?.stop();
  playground = await startAgentsPlayground(`${served[mode]!.url}/api/messages`);
  return playground.url;
}

const clients: Client[] = [
  { ...chatClients.webchat, url: (mode) => `${served[mode]!.url}/` },
  { ...chatClients.teams, url: () => playground!.url },
];

/** The visible lines of the bot's text message that contains `text`. */
async function linesOf(messages: Locator, text: string): Promise<string[]> {
  const message = messages.filter({ hasText: text }).last();
  return (await message.innerText()).split('\n').map(plain).filter((line) => line !== '');
}

/** Runs `use` on the client's page in a fresh Chromium, once the bot's first card is shown; the browser is closed after. */
async function inChat(client: Client, mode: Mode, size: { width: number; height: number }, use: (page: Page) => Promise<void>): Promise<void> {
  if (client.name === 'teams') await freshPlayground(mode);
  const browser = await launchChromium(size);
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await openChat(page, client, client.url(mode));
    await use(page);
  } finally {
    await browser.close();
  }
}

describe.skipIf(chromiumMissing !== undefined)('what a clinician sees in Web Chat and in Teams (Agents Playground, msteams)', () => {
  it.each(clients)(
    '$name: one reply per answer — what was noted, each study ruled out on its own line, the question once — through to the results',
    async (client) =>
      inChat(client, 'single', { width: 1100, height: 1000 }, async (page) => {
        const asked = await screenByTyping(page, client, ctdtpPatient, async (asked) => {
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
        });
        expect(asked[0]).toBe('primary_diagnosis');
        const results = page.locator(CARDS).filter({ hasText: 'Referral summary' }).first();
        expect(plain(await results.innerText())).toContain(trialNames.ctdtp);
        await results.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-results.png`) });
      }),
    120_000,
  );
});

/**
 * A full screening as a clinician does it in each client, at desktop and at phone width: the note pasted, its
 * confirmation card recorded with the questions it asks filled in, the cards after it answered, the results.
 */
const RPF = screeningCases.find((c) => c.name === 'RPF: eligible')!;
const widths = [1280, 400] as const;

/** The scrolling pane around an element, and how far below the card's top the located element ends. */
async function endsBelow(card: Locator, target: Locator): Promise<number> {
  const box = await target.boundingBox();
  return box ? box.y + box.height - (await card.boundingBox())!.y : Number.POSITIVE_INFINITY;
}

describe.skipIf(chromiumMissing !== undefined)('a full screening in Web Chat and in Teams (Agents Playground, msteams), at desktop and phone width', () => {
  it.each(clients.flatMap((client) => widths.map((width) => ({ ...client, width }))))(
    '$name at $width px: the summary confirmed with its questions, the result card with the verdict and contact on its first screen, a referral that copies as it reads, every text ≥ 4.5:1',
    async (client) =>
      inChat(client, 'grouped', { width: client.width, height: client.width > 600 ? 900 : 800 }, async (page) => {
        const shot = (what: string) => page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-${client.width}-${what}.png`) });
        let confirmation: string | undefined;
        const { turns, result } = await screenInBrowser(page, client, sent, RPF.profile, summaryOf(RPF), async (card, json) => {
          if (!isConfirmationCard(json)) return;
          confirmation = plain(await card.innerText());
          await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
          await shot('confirmation');
        });
        // One toggle per fact, guesses marked, no correction field until asked for; questions still open below.
        // Every fact the note states: age, sex, diagnosis and its date, imaging, raised markers, five labs, three medicine classes, infection, two histories.
        expect(confirmation).toMatch(/I read 17 facts from what you pasted/);
        expect(confirmation).toContain('White-cell count: 6.1 ×10^9/L. — from "WBC 6.1" · unit assumed');
        expect(confirmation).not.toMatch(/Correction:/);
        expect(confirmation).toMatch(/Still open — answer what you can now/);
        expect(turns).toBeLessThanOrEqual(3);
        const transcript = plain(await page.locator(client.transcript).innerText());
        expect(transcript).toMatch(/2\d facts recorded; 4 studies ruled out: /);
        expect(transcript).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);

        // The result card: the verdict and whom to contact on its first screen.
        await result.evaluate((element) => element.scrollIntoView({ block: 'start' }));
        const pane = await scrollPane(result);
        expect(await endsBelow(result, result.getByText('May be eligible', { exact: true }))).toBeLessThan(pane.clientHeight);
        expect(await endsBelow(result, result.getByText('Call Hui Gao', { exact: true }))).toBeLessThan(pane.clientHeight);
        expect(plain(await result.innerText())).not.toMatch(/Inclusion I1/);
        await shot('results');
        await result.getByRole('button', { name: 'Show criteria' }).click();
        await expect.poll(async () => plain(await result.innerText())).toMatch(/Inclusion I1 — met: "Idiopathic retroperitoneal fibrosis/);
        await shot('results-criteria');

        // The referral summary: plain lines that wrap, nothing wider than its message or the chat.
        const messages = await page.locator(client.textMessage).count();
        const before = await scrollPane(result);
        await result.getByRole('button', { name: 'Referral summary' }).click();
        const referral = page.locator(client.textMessage).filter({ hasText: 'Referral summary (de-identified' }).last();
        await referral.waitFor({ timeout: 20_000 });
        expect(await page.locator(client.textMessage).count()).toBeGreaterThan(messages);
        expect(await referral.locator('pre, code').count()).toBe(0);
        expect(await clippedWithin(referral)).toBe(0);
        expect((await scrollPane(referral)).scrollWidth).toBeLessThanOrEqual(before.scrollWidth);
        await referral.evaluate((element) => element.scrollIntoView({ block: 'end' }));
        await shot('referral');

        // Every text of the cards and messages drawn, at least 4.5:1 (Teams' other themes: contrast.test.ts).
        const low = (await textContrasts(page, `.ac-adaptiveCard, ${client.textMessage}`)).filter((c) => c.ratio < AA_CONTRAST);
        expect(low).toEqual([]);
      }),
    180_000,
  );
});
