import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { en } from '../../src/replies/texts/en';
import { screeningCases, trialNames } from '../../test/dialogs/profiles';
import { startAgentsPlayground } from '../../test/support/agentsPlayground';
import { testAssistant } from '../../test/support/assistant';
import { openChat, screenInBrowser } from '../../test/support/browserScreening';
import { realCatalog } from '../../test/support/catalog';
import { chatClients, recordingCards, type ChatClient } from '../../test/support/chatClients';
import { chromiumMissing, launchChromium } from '../../test/support/chromium';
import { AA_CONTRAST, scrollPane, textContrasts } from '../../test/support/pageMeasures';
import { startWebChatServer } from '../../test/support/webChatServer';
import { summaryOf } from '../turns/summaries';

/**
 * `npm run bench:screens`: how far a clinician scrolls. One pasted-summary screening per patient, in Web Chat and in
 * the Agents Playground (msteams), in headless Chromium at desktop size (1280 × 900) and phone width (400 × 800):
 * the conversation's scroll height in screens (its scroll height / the viewport's height), how far below the first
 * result card's top its verdict and its contact end (on its first screen when within the chat pane's visible
 * height), the turns taken, and the lowest contrast of any text in the cards and messages. Targets (issue 19):
 * verdict and contact on the first desktop screen, a pasted-summary screening in 3 desktop screens in all.
 * Screenshots of each result card go to test-results/screens/.
 */

const CASES = ['RPF: eligible', 'CTD-TP: eligible', 'SIRIUS: eligible'];
const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 400, height: 800 } } as const;
const ARTIFACTS = path.resolve(__dirname, '../../test-results/screens');

interface Row {
  client: string;
  size: keyof typeof SIZES;
  patient: string;
  turns: number;
  screens: number;
  /** The visible height of the chat pane. */
  pane: number;
  verdictAt: number;
  contactAt: number;
  lowestContrast: number;
  belowAA: number;
}

/** How far below the card's top the located element ends, in pixels. */
async function belowTop(card: Locator, target: Locator): Promise<number> {
  const box = await target.boundingBox();
  return box ? Math.round(box.y + box.height - (await card.boundingBox())!.y) : Number.NaN;
}

/** Whom the study's card names to contact: a call or e-mail button, else the first contact or sponsor named. */
function contactOn(card: Locator, trial: string): Locator {
  const record = realCatalog().trials.find((t) => trial.includes(t.record.titles.brief))!.record;
  const names = [...record.contacts, ...record.sites.flatMap((s) => s.contacts)].map((c) => c.name);
  const button = card.getByText(/^(Call|Email|E-mail) /);
  const named = card.getByText(names[0] ?? record.sponsor.lead).first();
  return button.or(named).first();
}

async function measure(client: ChatClient, size: keyof typeof SIZES, name: string): Promise<Row> {
  const screeningCase = screeningCases.find((c) => c.name === name)!;
  const { bot, cards } = recordingCards(testAssistant({ groupSize: 6 }));
  const server = await startWebChatServer({ bot });
  const playground = client.name === 'teams' ? await startAgentsPlayground(`${server.url}/api/messages`) : undefined;
  const browser = await launchChromium(SIZES[size]);
  try {
    const page: Page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await openChat(page, client, playground?.url ?? `${server.url}/`);
    const { turns, result } = await screenInBrowser(page, client, cards, screeningCase.profile, summaryOf(screeningCase));
    await page.waitForTimeout(500);
    const pane = await scrollPane(result);
    const trial = trialNames[screeningCase.trial];
    const verdict = result.getByText(en.trials.verdictLabels.eligible).first();
    const verdictAt = await belowTop(result, verdict);
    const contactAt = await belowTop(result, contactOn(result, trial));
    await result.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-${size}-${screeningCase.trial}-result.png`) });
    const contrasts = await textContrasts(page, `.ac-adaptiveCard, ${client.textMessage}`);
    return {
      client: client.name,
      size,
      patient: name,
      turns,
      screens: Math.round((pane.scrollHeight / SIZES[size].height) * 100) / 100,
      pane: pane.clientHeight,
      verdictAt,
      contactAt,
      lowestContrast: Math.min(...contrasts.map((c) => c.ratio)),
      belowAA: contrasts.filter((c) => c.ratio < AA_CONTRAST).length,
    };
  } finally {
    await browser.close();
    await playground?.stop();
    await server.close();
  }
}

async function main(): Promise<void> {
  if (chromiumMissing) throw new Error(chromiumMissing);
  // Words after the command narrow the runs: `npm run bench:screens -- teams desktop RPF`.
  const only = process.argv.slice(2);
  const wanted = (...names: string[]) => only.every((word) => names.some((name) => name.includes(word)));
  const rows: Row[] = [];
  for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
    for (const client of Object.values(chatClients)) {
      for (const name of CASES.filter((c) => wanted(size, client.name, c))) {
        console.error(`${client.name}, ${size}: ${name}…`);
        rows.push(await measure(client, size, name));
      }
    }
  }
  const pad = (value: string | number, width: number) => String(value).padStart(width);
  console.log('Scroll screens per pasted-summary screening (the conversation\'s scroll height / the viewport height), and how far below');
  console.log("the first result card's top its verdict and its contact end (px), beside the chat pane's visible height (px)");
  console.log(`  ${'client'.padEnd(8)} ${'size'.padEnd(8)} ${'patient'.padEnd(18)} ${pad('turns', 6)} ${pad('screens', 8)} ${pad('verdict', 8)} ${pad('contact', 8)} ${pad('pane', 6)} ${pad('contrast', 9)} ${pad('< 4.5:1', 8)}`);
  for (const r of rows) {
    console.log(`  ${r.client.padEnd(8)} ${r.size.padEnd(8)} ${r.patient.padEnd(18)} ${pad(r.turns, 6)} ${pad(r.screens, 8)} ${pad(r.verdictAt, 8)} ${pad(r.contactAt, 8)} ${pad(r.pane, 6)} ${pad(r.lowestContrast, 9)} ${pad(r.belowAA, 8)}`);
  }
  const desktop = rows.filter((r) => r.size === 'desktop');
  const check = (ok: boolean, what: string) => console.log(`  ${ok ? 'met' : 'NOT MET'}: ${what}`);
  check(desktop.every((r) => r.screens <= 3), 'a pasted-summary screening fits in 3 desktop screens');
  check(desktop.every((r) => r.verdictAt <= r.pane && r.contactAt <= r.pane), "the result card's verdict and contact are on its first desktop screen");
  check(rows.every((r) => r.belowAA === 0), 'every text in cards and messages has a contrast of at least 4.5:1');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
