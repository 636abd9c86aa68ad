import type { Profile } from '../../test/dialogs/profiles';
import { expectRepliesMessage } from '../../test/support/activities';
import { cardQuestion, profileAnswer, type Answer } from '../../test/support/cardQuestion';
import { postJson, repliesOf } from '../../test/support/http';

export interface RecordedScreenings {
  /** Per profile, every message sent, greeting first: typed text, or a card's data. */
  scripts: Answer[][];
  turnsPerScreening: number[];
}

/**
 * Walks one screening per profile over HTTP, one turn at a time, and checks each reaches its results
 * with every answer understood: the load then repeats exactly these conversations.
 */
export async function recordScreenings(baseUrl: string, profiles: readonly Profile[], maxTurns: number): Promise<RecordedScreenings> {
  const scripts: Answer[][] = [];
  for (const [i, profile] of profiles.entries()) {
    const conversation = { id: `bench-record-${i}` };
    const send = async (answer: Answer) =>
      cardQuestion(repliesOf(await postJson(`${baseUrl}/api/messages`, 'text' in answer ? expectRepliesMessage(answer.text, { conversation }) : expectRepliesMessage('', { conversation, value: answer.value }))) as { attachments?: { content?: unknown }[] }[]);
    const script: Answer[] = [{ text: 'hello' }];
    let asked = await send(script[0]!);
    while (asked !== undefined) {
      const answer = profileAnswer(asked, profile);
      if (answer === undefined) throw new Error(`profile ${i}: the bot asked "${asked.fact}", which the profile does not answer`);
      if (script.length > maxTurns) throw new Error(`profile ${i}: the screening did not end within ${maxTurns} turns`);
      script.push(answer);
      const next = await send(answer);
      if (next?.askSeq === asked.askSeq) throw new Error(`profile ${i}: the bot did not understand the answer to "${asked.fact}"`);
      asked = next;
    }
    scripts.push(script);
  }
  return { scripts, turnsPerScreening: scripts.map((s) => s.length) };
}
