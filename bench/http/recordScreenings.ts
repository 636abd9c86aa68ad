import type { Profile } from '../../test/dialogs/profiles';
import { expectRepliesMessage } from '../../test/support/activities';
import { postJson, repliesOf } from '../../test/support/http';
import { askedFact } from './askedFact';

export interface RecordedScreenings {
  /** Per profile, every message sent, greeting first. */
  scripts: string[][];
  turnsPerScreening: number[];
}

/**
 * Walks one screening per profile over HTTP, one turn at a time, and checks each reaches its results
 * with every answer understood: the load then repeats exactly these conversations.
 */
export async function recordScreenings(baseUrl: string, profiles: readonly Profile[], maxTurns: number): Promise<RecordedScreenings> {
  const scripts: string[][] = [];
  for (const [i, profile] of profiles.entries()) {
    const conversation = { id: `bench-record-${i}` };
    const script = ['hello'];
    let asked = askedFact(repliesOf(await postJson(`${baseUrl}/api/messages`, expectRepliesMessage('hello', { conversation }))));
    while (asked !== undefined) {
      const answer = profile[asked];
      if (answer === undefined) throw new Error(`profile ${i}: the bot asked "${asked}", which the profile does not answer`);
      if (script.length > maxTurns) throw new Error(`profile ${i}: the screening did not end within ${maxTurns} turns`);
      script.push(answer);
      const next = askedFact(repliesOf(await postJson(`${baseUrl}/api/messages`, expectRepliesMessage(answer, { conversation }))));
      if (next === asked) throw new Error(`profile ${i}: the bot did not understand "${answer}" for "${asked}"`);
      asked = next;
    }
    scripts.push(script);
  }
  return { scripts, turnsPerScreening: scripts.map((s) => s.length) };
}
