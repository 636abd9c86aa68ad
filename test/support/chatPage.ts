import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { factAskedBy, readable } from './renderedText';

/** Where browser tests save their screenshots. */
export const ARTIFACTS = path.resolve(__dirname, '../../test-results');

/** An Adaptive Card, as Web Chat and the Agents Playground render one. */
export const CARDS = '.ac-adaptiveCard';

/** A chat client in a page: its name (for screenshots) and where to type. */
export interface ChatClient {
  name: string;
  input: string;
}

export async function type(page: Page, client: ChatClient, text: string): Promise<void> {
  await page.locator(client.input).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/**
 * Types the profile's answer (fact id → text; "unknown" for a fact it lacks) to each question card shown, one at a
 * time, until a results card ("Recruitment status") is shown; a dose-change follow-up is answered "same dose".
 * `answered` runs after each answer's reply, with the facts asked so far. Resolves with those facts; a turn with no
 * new card after 20 s leaves a screenshot <name>-stuck.png.
 */
export async function screenInChat(page: Page, client: ChatClient, profile: Record<string, string>, answered: (asked: string[]) => Promise<void> = async () => undefined): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const asked: string[] = [];
  for (let turn = 0; turn < 30; turn++) {
    const cards = await page.locator(CARDS).count();
    const cardText = await page.locator(CARDS).last().innerText();
    if (/Recruitment status/.test(cardText)) return asked;
    const fact = factAskedBy(cardText);
    const followUp = fact === undefined && /Has the dose of .* changed/.test(readable(cardText));
    if (fact === undefined && !followUp) throw new Error(`no fact asks the question of this card: ${cardText.slice(0, 200)}`);
    if (fact !== undefined) asked.push(fact);
    await type(page, client, fact === undefined ? 'same dose' : (profile[fact] ?? 'unknown'));
    await page.locator(CARDS).nth(cards).waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-stuck.png`) });
      throw new Error(`no new card after answering ${asked.join(', ')}: ${String(error)}`);
    });
    await answered(asked);
  }
  throw new Error(`no results after 30 answers: ${asked.join(', ')}`);
}
