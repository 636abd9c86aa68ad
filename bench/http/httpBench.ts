import type autocannon from 'autocannon';
import { screeningCases } from '../../test/dialogs/profiles';
import { BENCH } from '../config';
import { median, round } from '../stats';
import { startBenchServer, type BotKind } from './benchServer';
import { runLoad, screeningRequests, scriptedRequests, type LoadFigures, type WalkCounts } from './conversationLoad';
import { recordScreenings } from './recordScreenings';
import { startServerChild, type ServerChild } from './serverChild';

export interface Measured extends LoadFigures {
  /** Share of one core the server process used, and the load generator (this process). */
  serverCpu: number;
  generatorCpu: number;
}

/**
 * The bots loaded, from ours down to the stack alone: the reference bots show where a turn's time goes
 * (the HTTP stack, conversation state, the dialog framework) before any screening work.
 */
export const BOT_KINDS = ['ours', 'promptLoop', 'stateEcho', 'echo'] as const satisfies readonly BotKind[];

type PerBot<T> = Record<(typeof BOT_KINDS)[number], T>;

export interface HttpReport {
  connections: number;
  roundSeconds: number;
  rounds: PerBot<Measured>[];
  summary: PerBot<{ turnsPerSecond: number; p50Ms: number; p99Ms: number }>;
  /** Median over rounds of each bot's turns per second divided by the echo bot's; `ours` is the issue's ratio. */
  ratioToEcho: PerBot<number>;
  /** Median over rounds of ours/promptLoop: how close our screening comes to the dialog framework's floor. */
  oursToPromptLoop: number;
  /** Messages in each recorded screening (one per profile), greeting included. */
  turnsPerScreening: number[];
  walks: WalkCounts;
  /** The same load with server and generator sharing this one process. */
  inProcess: { seconds: number; oursTurnsPerSecond: number; echoTurnsPerSecond: number; ratio: number };
}

/**
 * Our bot and the reference bots, each in its own child process, loaded in turn by autocannon from this
 * process: A, B, C, D, A, B… rounds of the same length, after a warm-up of each. The reference bots
 * replay the messages of our recorded screenings.
 */
export async function httpBench(log: (line: string) => void): Promise<HttpReport> {
  const { connections, warmUpSeconds, roundSeconds, rounds, inProcessSeconds } = BENCH.http;
  const { maxTurns } = BENCH;
  const profiles = screeningCases.map((c) => c.profile);
  const servers = Object.fromEntries(await Promise.all(BOT_KINDS.map(async (kind) => [kind, await startServerChild(kind)] as const))) as PerBot<ServerChild>;
  try {
    const { scripts, turnsPerScreening } = await recordScreenings(servers.ours.url, profiles, maxTurns);
    const walks: WalkCounts = { screeningsFinished: 0, reprompts: 0, failedTurns: 0 };
    const requests = (kind: BotKind) => (kind === 'ours' ? screeningRequests(profiles, walks, maxTurns) : scriptedRequests(scripts, maxTurns));
    for (const kind of BOT_KINDS) await runLoad(servers[kind].url, requests(kind), warmUpSeconds, connections);
    Object.assign(walks, { screeningsFinished: 0, reprompts: 0, failedTurns: 0 });
    const measured: HttpReport['rounds'] = [];
    for (let r = 0; r < rounds; r++) {
      const round: Partial<PerBot<Measured>> = {};
      for (const kind of BOT_KINDS) round[kind] = await measure(servers[kind], requests(kind), roundSeconds, connections);
      const done = round as PerBot<Measured>;
      log(`  round ${r + 1}: ${BOT_KINDS.map((kind) => `${kind} ${done[kind].turnsPerSecond.toFixed(0)}/s`).join(', ')}`);
      measured.push(done);
    }
    const inProcess = {
      ours: await inOneProcess('ours', requests('ours'), inProcessSeconds, connections),
      echo: await inOneProcess('echo', requests('echo'), inProcessSeconds, connections),
    };
    const perBot = <T>(figure: (kind: BotKind) => T) => Object.fromEntries(BOT_KINDS.map((kind) => [kind, figure(kind)])) as PerBot<T>;
    const medianRatio = (top: BotKind, bottom: BotKind) => round(median(measured.map((m) => m[top].turnsPerSecond / m[bottom].turnsPerSecond)), 3);
    return {
      connections,
      roundSeconds,
      rounds: measured,
      summary: perBot((kind) => ({
        turnsPerSecond: round(median(measured.map((m) => m[kind].turnsPerSecond)), 0),
        p50Ms: round(median(measured.map((m) => m[kind].p50Ms))),
        p99Ms: round(median(measured.map((m) => m[kind].p99Ms))),
      })),
      ratioToEcho: perBot((kind) => medianRatio(kind, 'echo')),
      oursToPromptLoop: medianRatio('ours', 'promptLoop'),
      turnsPerScreening,
      walks,
      inProcess: {
        seconds: inProcessSeconds,
        oursTurnsPerSecond: round(inProcess.ours, 0),
        echoTurnsPerSecond: round(inProcess.echo, 0),
        ratio: round(inProcess.ours / inProcess.echo, 3),
      },
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}

async function measure(server: ServerChild, requests: autocannon.Request[], seconds: number, connections: number): Promise<Measured> {
  const serverBefore = await server.cpuMs();
  const generatorBefore = process.cpuUsage();
  const started = performance.now();
  const figures = await runLoad(server.url, requests, seconds, connections);
  const elapsed = performance.now() - started;
  const generator = process.cpuUsage(generatorBefore);
  return {
    ...figures,
    turnsPerSecond: round(figures.turnsPerSecond, 1),
    serverCpu: round(((await server.cpuMs()) - serverBefore) / elapsed),
    generatorCpu: round((generator.user + generator.system) / 1000 / elapsed),
  };
}

/** Turns per second with the server in this process, after a warm-up, to show what sharing a process costs. */
async function inOneProcess(kind: BotKind, requests: autocannon.Request[], seconds: number, connections: number): Promise<number> {
  const server = await startBenchServer(kind);
  try {
    await runLoad(server.url, requests, BENCH.http.warmUpSeconds, connections);
    return (await runLoad(server.url, requests, seconds, connections)).turnsPerSecond;
  } finally {
    await server.close();
  }
}
