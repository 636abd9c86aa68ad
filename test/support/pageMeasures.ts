import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** One run of text as drawn: its colour, the colour behind it, and their WCAG contrast ratio. */
export interface TextContrast {
  text: string;
  color: string;
  background: string;
  ratio: number;
}

/** A conversation's scrolling pane: all it holds, and what of it shows at once. */
export interface ScrollPane {
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
  /** Its top edge in the viewport. */
  top: number;
}

/** WCAG 2 AA for text of any size. */
export const AA_CONTRAST = 4.5;

// Evaluated as source text (through the debugging protocol, so a page's Content-Security-Policy does not apply).
const SOURCE = readFileSync(path.join(__dirname, 'inPageMeasures.js'), 'utf8');

type InPage = { pageMeasures: { scroller(element: unknown): ScrollPane; clipped(element: unknown): number } };

/** The contrast of every visible run of text inside the elements `roots` selects, as the browser draws it. */
export async function textContrasts(page: Page, roots: string): Promise<TextContrast[]> {
  await page.evaluate(SOURCE);
  return page.evaluate(`window.pageMeasures.contrasts(${JSON.stringify(roots)})`) as Promise<TextContrast[]>;
}

/** How many boxes in `element` (itself included) cut off or scroll what they hold sideways: a text too wide to wrap. */
export async function clippedWithin(element: Locator): Promise<number> {
  await element.page().evaluate(SOURCE);
  return element.evaluate((e) => (globalThis as unknown as InPage).pageMeasures.clipped(e));
}

/** The pane that scrolls the conversation holding `element`. */
export async function scrollPane(element: Locator): Promise<ScrollPane> {
  await element.page().evaluate(SOURCE);
  return element.evaluate((e) => (globalThis as unknown as InPage).pageMeasures.scroller(e));
}
