import { MessageFactory, type TurnContext } from 'botbuilder';
import type { Vocabulary } from '../src/engine/compileContext';
import type { TrialResult } from '../src/engine/result';
import { byVerdict } from '../src/report/wording';
import { resultCard } from './cards/resultCard';
import { resultsText } from './texts/resultTexts';

/**
 * Results as one text message with the essentials of every trial (screen readers, card-less channels),
 * then one card per trial not ruled out — one per message, so no message nears Teams' 40 KB.
 */
export async function sendResults(context: TurnContext, results: readonly TrialResult[], vocabulary: Vocabulary): Promise<void> {
  await context.sendActivity(MessageFactory.text(resultsText(results, vocabulary)));
  for (const result of byVerdict(results).filter((r) => r.verdict !== 'ineligible')) {
    await context.sendActivity(MessageFactory.attachment(resultCard(result, vocabulary)));
  }
}
