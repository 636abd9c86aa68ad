import type { Locator, Page } from 'playwright-core';
import { parseAnswer } from '../../src/parsing/parseAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import type { Profile } from '../dialogs/profiles';
import { EVALUATION_DAY, realCatalog } from './catalog';
import { cardFields, cardQuestion, profileAnswer } from './cardQuestion';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, CARDS, type ChatClient, type SentCard } from './chatClients';
import { factAskedBy, readable } from './renderedText';
import type { Locale } from '../../src/domain/wording';
import { TEXTS } from '../../src/replies/texts/texts';

/** An input of a card as sent, with the label the client shows above it. */
interface LabelledInput {
  type: string;
  id: string;
  label: string;
  choices?: { title: string; value: string }[];
}

type Data = { command?: string; confirm?: string; askSeq?: number };

/** Every input with a label in a card, in order (inside containers too, shown or not). */
function labelledInputs(node: unknown): LabelledInput[] {
  if (Array.isArray(node)) return node.flatMap(labelledInputs);
  if (node === null || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const own = typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.label === 'string' ? [element as unknown as LabelledInput] : [];
  return [...own, ...labelledInputs(element.items), ...labelledInputs(element.body), ...labelledInputs(element.columns)];
}

/** The data of every Action.Submit of a card, in its body's action sets and its actions. */
function submits(node: unknown): { title: string; data: Data }[] {
  if (Array.isArray(node)) return node.flatMap(submits);
  if (node === null || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const own = element.type === 'Action.Submit' ? [{ title: String(element.title), data: (element.data ?? {}) as Data }] : [];
  return [...own, ...Object.values(element).flatMap(submits)];
}

export const isResultCard = (card: SentCard) => submits(card).some((s) => s.data.command === 'referral');
export const isConfirmationCard = (card: SentCard) => submits(card).some((s) => s.data.confirm === 'record');

/** The option titles a typed answer picks in a choice field (a yes/no item, a choice, the options of a set). */
function titlesFor(input: LabelledInput, text: string): string[] {
  const choices = input.choices ?? [];
  const fact = realCatalog().facts.get(input.id.replace(/^answer:/, ''));
  if (!fact) throw new Error(`the field "${input.label}" is no fact's`);
  const outcome = parseAnswer(text, fact, parseContext(realCatalog(), EVALUATION_DAY, {}));
  const value = outcome.kind === 'value' ? outcome.value : outcome.kind === 'unknown' ? outcome.value : undefined;
  if (!value) throw new Error(`"${text}" answers no option of "${input.label}"`);
  const codes =
    value.kind === 'unknown' ? ['unknown'] : value.kind === 'boolean' ? [value.value ? 'yes' : 'no'] : value.kind === 'choice' ? [value.value] : value.kind === 'set' ? (value.values.length > 0 ? value.values : ['none']) : [];
  const titles = choices.filter((c) => codes.includes(c.value)).map((c) => c.title);
  if (titles.length !== codes.length) throw new Error(`"${text}" (${codes.join(', ')}) is not among the options of "${input.label}"`);
  return titles;
}

/** Fills one field as a clinician would, whatever the client draws for it (a select, a combobox, check boxes, a text box). */
async function fill(page: Page, card: Locator, input: LabelledInput, text: string): Promise<void> {
  const labels = card.locator('label.ac-richTextBlock').filter({ hasText: readable(input.label).replace(/\s+/g, ' ') });
  const id = await labels.first().getAttribute('for');
  if (!id) throw new Error(`no field labelled "${input.label}" on the card`);
  const control = card.locator(`[id="${id}"]`);
  if (input.type === 'Input.Text') return control.fill(text);
  const titles = titlesFor(input, text);
  const tag = await control.evaluate((e) => e.tagName.toLowerCase());
  if (tag === 'select') {
    await control.selectOption({ label: titles[0]! });
  } else if ((await control.getAttribute('role')) === 'combobox') {
    // Teams draws a choice as a combobox: options, or for several choices check boxes in a menu, closed with Escape.
    await control.click();
    for (const name of titles) await page.getByRole('option', { name, exact: true }).or(page.getByRole('menuitemcheckbox', { name, exact: true })).click();
    if (input.choices && (await page.getByRole('menu').count()) > 0) await page.keyboard.press('Escape');
  } else {
    // Each check box has a label of its own (Teams names a box by the question and the option together).
    for (const title of titles) {
      const option = control.locator('label').filter({ hasText: new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });
      await control.locator(`[id="${await option.first().getAttribute('for')}"]`).check();
    }
  }
}

/** Opens a client's chat at `url` once the bot's first card shows; the Playground's log panel is closed, so the chat has the room. */
export async function openChat(page: Page, client: ChatClient, url: string): Promise<void> {
  await page.goto(url);
  await page.locator(CARDS).last().waitFor({ timeout: 30_000 });
  if (client.name === 'teams') await page.getByText('Log Panel', { exact: true }).locator('xpath=..').getByRole('button').last().click();
}

export async function typeInto(page: Page, client: Pick<ChatClient, 'input'>, text: string): Promise<void> {
  await page.locator(client.input).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Waits for the card after `count` cards: the bot's answer to a turn ends with one. */
export async function nextCard(page: Page, count: number): Promise<Locator> {
  await page.locator(CARDS).nth(count).waitFor({ timeout: 30_000 });
  return page.locator(CARDS).last();
}

export interface ScreenedInBrowser {
  /** Messages and button presses of the clinician, the pasted summary included. */
  turns: number;
  /** The first result card, as rendered. */
  result: Locator;
}

/**
 * A whole screening in a client, as a clinician does it: the summary pasted (when given), then each card answered
 * from the profile — a confirmation card recorded with the questions it asks filled in, a card of fields filled
 * and submitted, a single question typed — until the results. `sent` is what the bot sent (recordingCards).
 */
export async function screenInBrowser(page: Page, client: ChatClient, sent: readonly SentCard[], profile: Profile, summary?: string, onCard?: (card: Locator, json: SentCard) => Promise<void>): Promise<ScreenedInBrowser> {
  let turns = 0;
  let card = page.locator(CARDS).last();
  const act = async (what: () => Promise<void>) => {
    const count = await page.locator(CARDS).count();
    await what();
    turns += 1;
    card = await nextCard(page, count);
  };
  if (summary !== undefined) await act(() => typeInto(page, client, summary));
  for (let turn = 0; turn < 30; turn++) {
    const json = sent.at(-1)!;
    await onCard?.(card, json);
    if (isResultCard(json)) return { turns, result: page.locator(CARDS).filter({ has: page.getByRole('button', { name: 'Referral summary' }) }).first() };
    const inputs = labelledInputs(json.body);
    if (isConfirmationCard(json)) {
      // The questions a confirmation card asks below the facts read (none, on a card that asks none).
      const answer = profileAnswer({ askSeq: 0, fact: '', ...cardFields(json) }, profile);
      await act(async () => {
        if (answer && 'value' in answer) for (const input of inputs) if (typeof answer.value[input.id] === 'string') await fill(page, card, input, answer.value[input.id] as string);
        await card.getByRole('button', { name: submits(json).find((s) => s.data.confirm === 'record')!.title, exact: true }).click();
      });
      continue;
    }
    const question = cardQuestion([{ attachments: [{ content: json }] }]);
    const answer = question && profileAnswer(question, profile);
    if (!answer) throw new Error(`the profile does not answer the card ${JSON.stringify(json).slice(0, 300)}`);
    if ('text' in answer) {
      await act(() => typeInto(page, client, answer.text));
      continue;
    }
    await act(async () => {
      for (const input of inputs) if (typeof answer.value[input.id] === 'string') await fill(page, card, input, answer.value[input.id] as string);
      await card.getByRole('button', { name: 'Submit', exact: true }).click();
    });
  }
  throw new Error('the screening did not reach its results within 30 cards');
}

/**
 * A screening typed one question at a time, as a clinician answers a bot asking single questions: the profile's
 * answer (fact id → text; "unknown" for a fact it lacks) to each question card (asked in `locale`), until a result card (its
 * "Referral summary" button) is shown; a dose-change follow-up is answered "same dose". `answered` runs after each
 * answer's reply, with the facts asked so far. Resolves with those facts; a turn with no new card after 20 s leaves
 * a screenshot <name>-stuck.png.
 */
export async function screenByTyping(
  page: Page,
  client: Pick<ChatClient, 'input'> & { name: string },
  profile: Profile,
  answered: (asked: string[]) => Promise<void> = async () => undefined,
  locale: Locale = 'en',
): Promise<string[]> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const asked: string[] = [];
  for (let turn = 0; turn < 30; turn++) {
    const cards = await page.locator(CARDS).count();
    const cardText = await page.locator(CARDS).last().innerText();
    if (cardText.includes(TEXTS[locale].results.resultCardLabels.referral)) return asked;
    const fact = factAskedBy(cardText, locale);
    const followUp = fact === undefined && /Has the dose of .* changed/.test(readable(cardText));
    if (fact === undefined && !followUp) throw new Error(`no fact asks the question of this card: ${cardText.slice(0, 200)}`);
    if (fact !== undefined) asked.push(fact);
    await typeInto(page, client, fact === undefined ? 'same dose' : (profile[fact] ?? 'unknown'));
    await page.locator(CARDS).nth(cards).waitFor({ timeout: 20_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${client.name}-stuck.png`) });
      throw new Error(`no new card after answering ${asked.join(', ')}: ${String(error)}`);
    });
    await answered(asked);
  }
  throw new Error(`no results after 30 answers: ${asked.join(', ')}`);
}
