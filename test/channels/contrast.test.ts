import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screeningCases } from '../dialogs/profiles';
import { summaryOf } from '../../bench/turns/summaries';
import { chromiumMissing, launchChromium } from '../support/chromium';
import { buttons, Conversation, screen } from '../support/conversation';
import { AA_CONTRAST, textContrasts } from '../support/pageMeasures';
import { teamsThemes, type TeamsTheme } from '../support/teamsThemes';

/**
 * Every text of every card the bot sends, drawn by the official Adaptive Cards renderer with Teams' colours in each
 * of its themes (the live Teams and Web Chat pages are measured in rendering.test.ts, in the Agents Playground's
 * default theme): none may fall below WCAG AA's 4.5:1. What "Show criteria" hides is shown, so it is measured too.
 */

if (chromiumMissing) console.warn(`contrast tests skipped: ${chromiumMissing}`);

const RENDERER = path.resolve(__dirname, '../../node_modules/adaptivecards/dist/adaptivecards.js');

/** Every card of a screening of each profile: by summary with its confirmation card, then answered to the results. */
async function sentCards(): Promise<unknown[]> {
  const cards = new Map<string, unknown>();
  for (const screeningCase of screeningCases) {
    const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize: 6 });
    await conversation.start();
    const pasted = await conversation.say(summaryOf(screeningCase));
    const record = buttons(pasted).find((b) => b.data.confirm === 'record');
    await screen(conversation, screeningCase.profile, await conversation.submit(record!.data));
    for (const reply of conversation.replies) for (const a of reply.attachments) cards.set(JSON.stringify(a.content), a.content);
  }
  return [...cards.values()];
}

/** A card with everything it can show shown. */
const shownWhole = (node: unknown): unknown =>
  Array.isArray(node) ? node.map(shownWhole) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'isVisible' ? true : shownWhole(v)])) : node;

async function drawn(page: Page, cards: readonly unknown[], theme: TeamsTheme): Promise<void> {
  const { background, containerStyles } = teamsThemes[theme];
  await page.setContent(`<!doctype html><html><body style="margin:0;background:${background}"><div id="cards" style="width:480px"></div></body></html>`);
  await page.addScriptTag({ path: RENDERER });
  await page.evaluate(
    `(() => {
      const { AdaptiveCard, HostConfig } = window.AdaptiveCards;
      const hostConfig = new HostConfig({ containerStyles: ${JSON.stringify(containerStyles)} });
      for (const json of ${JSON.stringify(cards.map(shownWhole))}) {
        const card = new AdaptiveCard();
        card.hostConfig = hostConfig;
        card.parse(json);
        document.getElementById('cards').appendChild(card.render());
      }
    })()`,
  );
}

let cards: unknown[] = [];
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
beforeAll(async () => {
  if (chromiumMissing) return;
  cards = await sentCards();
  browser = await launchChromium({ width: 600, height: 900 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(chromiumMissing !== undefined)('the contrast of every text on our cards, in each of Teams’ themes', () => {
  it.each(Object.keys(teamsThemes) as TeamsTheme[])('Teams %s: every text at least 4.5:1', async (theme) => {
    const page = browser!.context.pages()[0] ?? (await browser!.context.newPage());
    await drawn(page, cards, theme);
    const contrasts = await textContrasts(page, '.ac-adaptiveCard');
    expect(contrasts.length).toBeGreaterThan(500);
    expect(contrasts.filter((c) => c.ratio < AA_CONTRAST)).toEqual([]);
  }, 60_000);

  it('the check itself fails Teams’ Good and Warning text colours on white', async () => {
    const page = browser!.context.pages()[0] ?? (await browser!.context.newPage());
    const card = (color: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: `${color} text`, color }] });
    await drawn(page, [card('Good'), card('Warning'), card('Default')], 'default');
    const ratios = Object.fromEntries((await textContrasts(page, '.ac-adaptiveCard')).map((c) => [c.text, c.ratio]));
    expect(ratios['Good text']).toBeLessThan(2.5);
    expect(ratios['Warning text']).toBeLessThan(2);
    expect(ratios['Default text']).toBeGreaterThan(AA_CONTRAST);
  });
});
