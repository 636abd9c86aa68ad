import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screeningCases } from '../../test/dialogs/profiles';
import { expectRepliesMessage } from '../../test/support/activities';
import type { Answer } from '../../test/support/cardQuestion';
import { postJson } from '../../test/support/http';
import { BENCH } from '../config';
import { recordScreenings } from '../http/recordScreenings';
import { startServerChild } from '../http/serverChild';
import { median, round } from '../stats';
import { largestCosts, type CpuProfile } from './cpuProfile';

/** Screenings replayed, one turn at a time, after one round to warm the server up. */
const ROUNDS = 30;
const SHOWN = 10;

/**
 * `npm run bench:profile` (it builds first): our compiled server, as the bench runs it, under node --cpu-prof, answering
 * the test profiles' screenings one turn at a time. Only the samples taken while a card's answers were being
 * handled count (from the request sent to the reply in, on the clock both processes share), so the costs listed
 * are those of a card turn end to end: HTTP, the adapter, state, the screening, the engine and the replies.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'card-turn-profile-'));
  const server = await startServerChild('ours', undefined, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
  const windows: [number, number][] = [];
  const turnMs: number[] = [];
  try {
    const { scripts } = await recordScreenings(server.url, screeningCases.map((c) => c.profile), BENCH.maxTurns);
    for (let round = 0; round <= ROUNDS; round++) {
      for (const [i, script] of scripts.entries()) {
        const conversation = { id: `profile-${round}-${i}` };
        for (const answer of script) {
          const started = process.hrtime.bigint();
          await postJson(`${server.url}/api/messages`, message(answer, conversation));
          const ended = process.hrtime.bigint();
          if (round === 0 || !('value' in answer)) continue;
          windows.push([Number(started / 1000n), Number(ended / 1000n)]);
          turnMs.push(Number(ended - started) / 1e6);
        }
      }
    }
  } finally {
    await server.stop();
  }
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`the server wrote no profile in ${dir}`);
  const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
  const { sampledMs, costs } = largestCosts(profile, windows, SHOWN);
  console.log(`${turnMs.length} card turns, median ${round(median(turnMs))} ms from request to reply; ${round(sampledMs, 0)} ms of the server's samples fall within them`);
  console.log(`the ${SHOWN} largest costs (self time) of a card turn:`);
  for (const cost of costs) console.log(`  ${cost.percent.toFixed(1).padStart(5)} %  ${cost.ms.toFixed(0).padStart(6)} ms  ${cost.name}`);
  console.log(`profile: ${path.join(dir, file)}`);
}

function message(answer: Answer, conversation: { id: string }): Record<string, unknown> {
  return 'text' in answer ? expectRepliesMessage(answer.text, { conversation }) : expectRepliesMessage('', { conversation, value: answer.value });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
