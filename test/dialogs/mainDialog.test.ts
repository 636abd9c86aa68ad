import { ConversationState, MemoryStorage, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { MainDialog } from '../../dialogs/mainDialog';
import { ScreeningPlan } from '../../dialogs/screeningPlan';
import type { ScreeningState } from '../../dialogs/screeningState';
import { fixedClock } from '../../src/clock';
import { HOUR_MS } from '../../src/storage';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';
import { mainDialogCases } from './mainDialogCases';

function client(): DialogTestClient {
  const conversationState = new ConversationState(new MemoryStorage());
  const dialog = new MainDialog(new ScreeningPlan(realCatalog(), fixedClock(EVALUATION_DAY), 12 * HOUR_MS), conversationState.createProperty<ScreeningState>('screening'));
  return new DialogTestClient('test', dialog, undefined, [], conversationState);
}

/** All replies of one turn: the first comes back from sendActivity, the rest are queued. */
async function turn(testClient: DialogTestClient, text: string): Promise<string[]> {
  const replies: Partial<Activity>[] = [await testClient.sendActivity(text)];
  for (let next = testClient.getNextReply(); next; next = testClient.getNextReply()) replies.push(next);
  return replies.filter(Boolean).map((r) => r.text ?? '');
}

describe('MainDialog (botbuilder-testing DialogTestClient)', () => {
  it.each(mainDialogCases)('$name', async ({ steps }) => {
    const testClient = client();
    for (const [says, expected] of steps) {
      const replies = await turn(testClient, says);
      expect(replies, `after "${says}"`).toHaveLength(expected.length);
      expected.forEach((pattern, i) => expect(replies[i], `reply ${i + 1} after "${says}"`).toMatch(pattern));
    }
  });
});
