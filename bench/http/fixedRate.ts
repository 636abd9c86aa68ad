import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH } from '../config';
import { quantile, round } from '../stats';
import type { Conversations, Walk } from './conversationLoad';

/** The bots paced: ours, and the echo bot for what the stack alone costs at that rate. */
export const PACED_KINDS = ['ours', 'echo'] as const;
type Paced = (typeof PACED_KINDS)[number];

export interface FixedRateReport {
  turnsPerSecond: number;
  conversations: number;
  rounds: number;
  roundSeconds: number;
  /** Over every round's turns together. */
  bots: Record<Paced, { turns: number; failed: number; p50Ms: number; p99Ms: number; maxMs: number }>;
}

/**
 * Each bot at the fixed rate, after a warm-up, in interleaved rounds (ours, echo, ours…) so that machine noise hits
 * both alike; the percentiles are over all the rounds' turns.
 */
export async function fixedRateBench(urls: Record<Paced, string>, clinicians: Record<Paced, Conversations>, conversations: number): Promise<FixedRateReport> {
  const { turnsPerSecond, warmUpSeconds, roundSeconds, rounds } = BENCH.fixedRate;
  const paced = (kind: Paced, seconds: number) => fixedRate(urls[kind], clinicians[kind], conversations, turnsPerSecond, seconds);
  for (const kind of PACED_KINDS) await paced(kind, warmUpSeconds);
  const runs: Record<Paced, FixedRateRun[]> = { ours: [], echo: [] };
  for (let r = 0; r < rounds; r++) for (const kind of PACED_KINDS) runs[kind].push(await paced(kind, roundSeconds));
  const figures = (kind: Paced) => {
    const latencies = runs[kind].flatMap((run) => run.latencies);
    return {
      turns: latencies.length,
      failed: runs[kind].reduce((n, run) => n + run.failed, 0),
      p50Ms: round(quantile(latencies, 0.5)),
      p99Ms: round(quantile(latencies, 0.99)),
      maxMs: round(Math.max(...latencies)),
    };
  };
  return { turnsPerSecond, conversations, rounds, roundSeconds, bots: { ours: figures('ours'), echo: figures('echo') } };
}

export interface FixedRateRun {
  /** Each turn's time from when it was due to the end of its reply, in ms. */
  latencies: number[];
  /** Turns answered with anything but 200, or not at all. */
  failed: number;
}

/**
 * Turns sent at a fixed rate, as clinicians send them however fast the bot answers (an open loop): every 1/rate s,
 * the next turn of the conversation that has waited longest since its reply — or of a new conversation when every
 * one is waiting for a reply. A turn's latency runs from when it was due, so a bot that falls behind shows in it
 * (saturating loads, which send each turn when the last reply is in, hide that: coordinated omission).
 * `conversations` clinicians take turns, as the saturating load's connections do.
 */
export async function fixedRate(url: string, clinicians: Conversations, conversations: number, rate: number, seconds: number): Promise<FixedRateRun> {
  const agent = new http.Agent({ keepAlive: true });
  const waiting: Walk[] = Array.from({ length: conversations }, () => ({}));
  const run: FixedRateRun = { latencies: [], failed: 0 };
  const turns: Promise<void>[] = [];
  const started = performance.now();
  try {
    for (let i = 0; i < rate * seconds; i++) {
      const due = started + (i * 1000) / rate;
      const early = due - performance.now();
      if (early > 0) await sleep(early);
      turns.push(sendTurn(url, agent, clinicians, waiting, due, run));
    }
    await Promise.all(turns);
  } finally {
    agent.destroy();
  }
  return run;
}

/** One turn of the conversation first in line, or of a new one; the conversation is back in line once answered. */
async function sendTurn(url: string, agent: http.Agent, clinicians: Conversations, waiting: Walk[], due: number, run: FixedRateRun): Promise<void> {
  let walk = waiting.shift() ?? {};
  let body = clinicians.next(walk);
  while (body === undefined) body = clinicians.next((walk = {}));
  try {
    const { status, text } = await post(`${url}/api/messages`, agent, JSON.stringify(body));
    run.latencies.push(performance.now() - due);
    if (status !== 200) run.failed += 1;
    clinicians.replied(walk, status, text);
    waiting.push(walk);
  } catch {
    run.failed += 1;
  }
}

function post(url: string, agent: http.Agent, body: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}
