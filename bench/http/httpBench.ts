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

export interface HttpReport {
  connections: number;
  roundSeconds: number;
  rounds: { ours: Measured; echo: Measured }[];
  ours: { turnsPerSecond: number; p50Ms: number; p99Ms: number };
  echo: { turnsPerSecond: number; p50Ms: number; p99Ms: number };
  /** Median over rounds of ours/echo turns per second. */
  ratio: number;
  /** Messages in each recorded screening (one per profile), greeting included. */
  turnsPerScreening: number[];
  walks: WalkCounts;
  /** The same load with server and generator sharing this one process. */
  inProcess: { seconds: number; oursTurnsPerSecond: number; echoTurnsPerSecond: number; ratio: number };
}

/**
 * Our bot and the echo bot, each in its own child process, loaded in turn by autocannon from this
 * process: A, B, A, B… rounds of the same length, after a warm-up of each.
 */
export async function httpBench(log: (line: string) => void): Promise<HttpReport> {
  const { connections, warmUpSeconds, roundSeconds, rounds, inProcessSeconds } = BENCH.http;
  const { maxTurns } = BENCH;
  const profiles = screeningCases.map((c) => c.profile);
  const servers = { ours: await startServerChild('ours'), echo: await startServerChild('echo') };
  try {
    const { scripts, turnsPerScreening } = await recordScreenings(servers.ours.url, profiles, maxTurns);
    const walks: WalkCounts = { screeningsFinished: 0, reprompts: 0, failedTurns: 0 };
    const requests = (kind: BotKind) => (kind === 'ours' ? screeningRequests(profiles, walks, maxTurns) : scriptedRequests(scripts, maxTurns));
    for (const kind of ['ours', 'echo'] as const) await runLoad(servers[kind].url, requests(kind), warmUpSeconds, connections);
    Object.assign(walks, { screeningsFinished: 0, reprompts: 0, failedTurns: 0 });
    const measured: HttpReport['rounds'] = [];
    for (let r = 0; r < rounds; r++) {
      const ours = await measure(servers.ours, requests('ours'), roundSeconds, connections);
      const echo = await measure(servers.echo, requests('echo'), roundSeconds, connections);
      log(`  round ${r + 1}: ours ${ours.turnsPerSecond.toFixed(0)}/s, echo ${echo.turnsPerSecond.toFixed(0)}/s`);
      measured.push({ ours, echo });
    }
    const inProcess = {
      ours: await inOneProcess('ours', requests('ours'), inProcessSeconds, connections),
      echo: await inOneProcess('echo', requests('echo'), inProcessSeconds, connections),
    };
    const summary = (kind: BotKind) => ({
      turnsPerSecond: round(median(measured.map((m) => m[kind].turnsPerSecond)), 0),
      p50Ms: round(median(measured.map((m) => m[kind].p50Ms))),
      p99Ms: round(median(measured.map((m) => m[kind].p99Ms))),
    });
    return {
      connections,
      roundSeconds,
      rounds: measured,
      ours: summary('ours'),
      echo: summary('echo'),
      ratio: round(median(measured.map((m) => m.ours.turnsPerSecond / m.echo.turnsPerSecond)), 3),
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
    await Promise.all([servers.ours.stop(), servers.echo.stop()]);
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
