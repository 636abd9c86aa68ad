import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Vocabulary } from '../src/engine/compileContext';
import type { TrialResult } from '../src/engine/result';
import { byVerdict } from '../src/report/wording';
import { resultCard } from './cards/resultCard';
import { moreCardsText, noMoreCardsText, resultsText } from './texts/resultTexts';

/** Result cards per page: a large catalog must not flood the chat. */
export const RESULT_CARDS_PER_PAGE = 10;

/**
 * Results as one text message with the essentials of every trial (screen readers, card-less channels),
 * then one card per trial not ruled out — one per message, so no message nears Teams' 40 KB — a page at
 * a time. Returns how many cards were sent.
 */
export async function sendResults(context: TurnContext, results: readonly TrialResult[], vocabulary: Vocabulary): Promise<number> {
  await context.sendActivity(MessageFactory.text(resultsText(results, vocabulary)));
  return sendResultCards(context, results, vocabulary, 0);
}

/** The next page of result cards from card number `from`; returns how many were sent. */
export async function sendResultCards(context: TurnContext, results: readonly TrialResult[], vocabulary: Vocabulary, from: number): Promise<number> {
  const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
  const page = open.slice(from, from + RESULT_CARDS_PER_PAGE);
  for (const result of page) await context.sendActivity(MessageFactory.attachment(resultCard(result, vocabulary)));
  const left = open.length - from - page.length;
  if (left > 0) await context.sendActivity(moreCardsText(left));
  else if (page.length === 0) await context.sendActivity(noMoreCardsText);
  return page.length;
}
