import { loadConfig } from '../src/config';
import { runFlood } from '../test/reliability/support/flood';
import { runFuzz, SUITE_FUZZ } from '../test/reliability/support/runFuzz';
import { shutdownUnderLoad } from '../test/reliability/support/shutdownUnderLoad';

/**
 * The reliability suite's figures (test/reliability asserts them): requests by status class, crashes and
 * memory under randomised and mutated requests, under a flood of the unauthenticated Web Chat routes, and
 * what SIGTERM under load does to requests. RELIABILITY_SEED varies the fuzzing; BOT_SDK chooses the SDK.
 *
 *   npx tsx scripts/reliability.ts
 */
const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const sdk = loadConfig(process.env).BOT_SDK;
  console.log(`SDK: ${sdk}`);
  const fuzz = await runFuzz(SUITE_FUZZ, sdk);
  console.log(`Fuzzing (seed ${SUITE_FUZZ.seed}): ${fuzz.requests} requests in ${fuzz.seconds} s, ${SUITE_FUZZ.concurrency} at a time`);
  console.log(`  by status class: ${JSON.stringify(fuzz.byStatusClass)}`);
  console.log(`  by status:       ${JSON.stringify(fuzz.byStatus)}`);
  console.log(`  5xx other than an invoke's documented 501: ${(fuzz.byStatusClass['5xx'] ?? 0) - fuzz.unsupportedInvokes} (501s: ${fuzz.unsupportedInvokes})`);
  console.log(`  no answer or slower than ${SUITE_FUZZ.boundMs / 1000} s: ${fuzz.failures.length}; slowest answer ${fuzz.slowestMs} ms`);
  console.log(`  crashes: ${fuzz.crashed ? 1 : 0}; failed turns: ${JSON.stringify(fuzz.failedTurns)}; bytes on stderr: ${fuzz.stderrBytes}`);
  console.log(`  memory before/after (after a full GC): RSS ${MB(fuzz.memoryBefore.rssBytes)} → ${MB(fuzz.memoryAfter.rssBytes)}, heap ${MB(fuzz.memoryBefore.heapUsedBytes)} → ${MB(fuzz.memoryAfter.heapUsedBytes)}`);
  for (const failure of fuzz.failures.slice(0, 20)) console.log(`  FAILED ${failure.kind}: ${failure.outcome}`);

  const flood = await runFlood(sdk);
  console.log(`Flood of the unauthenticated Web Chat routes, ${flood.seconds} s:`);
  console.log(`  tokens from one client: ${flood.tokens.granted} granted, ${flood.tokens.limited} × 429 (Retry-After ${flood.tokens.retryAfterSeconds} s); another client: HTTP ${flood.tokens.otherClientStatus}`);
  console.log(`  Direct Line requests from one client: ${flood.directLine.answered} answered, ${flood.directLine.limited} × 429; another client: HTTP ${flood.directLine.otherClientStatus}`);
  console.log(`  posts from one client: ${flood.posts.accepted} accepted, ${flood.posts.limited} × 429`);
  console.log(`  conversations: ${flood.conversations.opened} opened (${flood.conversations.refused} refused), ${flood.conversations.posts} posts (${flood.conversations.postsRefused} refused), ${flood.conversations.openAfter} open after`);
  console.log(`  a page open through the flood kept its conversation: ${flood.openPageKept}; a clinician arriving after it served: ${flood.newClinicianServed}`);
  console.log(`  one conversation's log after ${flood.log.posted} long posts: ${flood.log.kept} activities, ${(flood.log.keptBytes / 1024).toFixed(0)} KiB`);
  console.log(`  a body over 64 KiB: HTTP ${flood.oversized.bodyStatus}; a text over 10,000 characters: HTTP ${flood.oversized.textStatus}`);
  console.log(`  memory before/after (after a full GC): RSS ${MB(flood.memoryBefore.rssBytes)} → ${MB(flood.memoryAfter.rssBytes)}, heap ${MB(flood.memoryBefore.heapUsedBytes)} → ${MB(flood.memoryAfter.heapUsedBytes)}`);

  const shutdown = await shutdownUnderLoad(sdk);
  console.log(`SIGTERM under load: ${shutdown.sent} requests sent, ${shutdown.answered} answered, ${shutdown.resets} reset, ${shutdown.serverErrors} × 5xx`);
  console.log(`  under way at the signal and answered after it: ${shutdown.underWayAtSignal}; sent during the delay and answered: ${shutdown.sentAfterSignal}`);
  console.log(`  /readyz after the signal: ${[...new Set(shutdown.readyAfterSignal)].join(', ')}; a new connection after the listener closed: ${shutdown.afterClose}; exit code ${shutdown.exitCode} after ${shutdown.shutdownMs} ms`);
}

void main();
