import type autocannon from 'autocannon';
import { screeningCases } from '../../test/dialogs/profiles';
import { BENCH } from '../config';
import { median, round } from '../stats';
import { startBenchServer, type BotKind } from './benchServer';
import { loadRequests, runLoad, screenings, scripted, type LoadFigures, type WalkCounts } from './conversationLoad';
import { fixedRateBench, type FixedRateReport } from './fixedRate';
import { recordScreenings } from './recordScreenings';
import { startServerChild, type ServerChild } from './serverChild';
import { redisServerMissing, startRedisServer } from '../../test/support/redisServer';

export interface Measured extends LoadFigures {
  /** Share of one core the server process used, and the load generator (this process). */
  serverCpu: number;
  generatorCpu: number;
}

/**
 * The bots loaded: ours with its state in memory and in Redis, and the reference bots that show where a
 * turn's time goes (the HTTP stack alone, then with conversation state) before any screening work.
 */
export const BOT_KINDS = ['ours', 'oursRedis', 'stateEcho', 'echo'] as const satisfies readonly BotKind[];

type Kind = (typeof BOT_KINDS)[number];
type PerBot<T> = Partial<Record<Kind, T>>;

export interface HttpReport {
  connections: number;
  roundSeconds: number;
  /** The bots measured: `oursRedis` only where redis-server is installed. */
  kinds: Kind[];
  rounds: PerBot<Measured>[];
  summary: PerBot<{ turnsPerSecond: number; p50Ms: number; p99Ms: number }>;
  /** Median over rounds of each bot's turns per second divided by the echo bot's; `ours` is the issue's ratio. */
  ratioToEcho: PerBot<number>;
  /** Median over rounds of ours on Redis / ours in memory, when Redis was measured. */
  redisToMemory?: number;
  /** Messages in each recorded screening (one per profile), greeting included. */
  turnsPerScreening: number[];
  walks: WalkCounts;
  /** The same load with server and generator sharing this one process. */
  inProcess: { seconds: number; oursTurnsPerSecond: number; echoTurnsPerSecond: number; ratio: number };
  /** Ours and echo at a fixed rate of turns, far below saturation: the latency a clinician feels. */
  fixedRate: FixedRateReport & { walks: WalkCounts };
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
  if (redisServerMissing) log(`  ours on Redis not measured: ${redisServerMissing}`);
  const redis = redisServerMissing ? undefined : await startRedisServer();
  const kinds = BOT_KINDS.filter((kind) => kind !== 'oursRedis' || redis);
  const servers: PerBot<ServerChild> = {};
  try {
    for (const kind of kinds) servers[kind] = await startServerChild(kind, kind === 'oursRedis' ? redis?.url : undefined);
    const server = (kind: Kind) => servers[kind]!;
    const { scripts, turnsPerScreening } = await recordScreenings(server('ours').url, profiles, maxTurns);
    const walks: WalkCounts = { screeningsFinished: 0, reprompts: 0, failedTurns: 0 };
    const screens = (kind: Kind) => kind === 'ours' || kind === 'oursRedis';
    const requests = (kind: Kind) => loadRequests(screens(kind) ? screenings(profiles, walks) : scripted(scripts), maxTurns);
    for (const kind of kinds) await runLoad(server(kind).url, requests(kind), warmUpSeconds, connections);
    Object.assign(walks, { screeningsFinished: 0, reprompts: 0, failedTurns: 0 });
    const measured: PerBot<Measured>[] = [];
    for (let r = 0; r < rounds; r++) {
      const round: PerBot<Measured> = {};
      for (const kind of kinds) round[kind] = await measure(server(kind), requests(kind), roundSeconds, connections);
      log(`  round ${r + 1}: ${kinds.map((kind) => `${kind} ${round[kind]!.turnsPerSecond.toFixed(0)}/s`).join(', ')}`);
      measured.push(round);
    }
    const pacedWalks: WalkCounts = { screeningsFinished: 0, reprompts: 0, failedTurns: 0 };
    const fixedRate = await fixedRateBench({ ours: server('ours').url, echo: server('echo').url }, { ours: screenings(profiles, pacedWalks), echo: scripted(scripts) }, connections);
    log(`  fixed rate, p99: ours ${fixedRate.bots.ours.p99Ms} ms, echo ${fixedRate.bots.echo.p99Ms} ms`);
    const inProcess = {
      ours: await inOneProcess('ours', requests('ours'), inProcessSeconds, connections),
      echo: await inOneProcess('echo', requests('echo'), inProcessSeconds, connections),
    };
    const perBot = <T>(figure: (kind: Kind) => T): PerBot<T> => Object.fromEntries(kinds.map((kind) => [kind, figure(kind)]));
    const of = (m: PerBot<Measured>, kind: Kind) => m[kind]!;
    const medianRatio = (top: Kind, bottom: Kind) => round(median(measured.map((m) => of(m, top).turnsPerSecond / of(m, bottom).turnsPerSecond)), 3);
    return {
      connections,
      roundSeconds,
      kinds,
      rounds: measured,
      summary: perBot((kind) => ({
        turnsPerSecond: round(median(measured.map((m) => of(m, kind).turnsPerSecond)), 0),
        p50Ms: round(median(measured.map((m) => of(m, kind).p50Ms))),
        p99Ms: round(median(measured.map((m) => of(m, kind).p99Ms))),
      })),
      ratioToEcho: perBot((kind) => medianRatio(kind, 'echo')),
      ...(redis ? { redisToMemory: medianRatio('oursRedis', 'ours') } : {}),
      turnsPerScreening,
      walks,
      inProcess: {
        seconds: inProcessSeconds,
        oursTurnsPerSecond: round(inProcess.ours, 0),
        echoTurnsPerSecond: round(inProcess.echo, 0),
        ratio: round(inProcess.ours / inProcess.echo, 3),
      },
      fixedRate: { ...fixedRate, walks: pacedWalks },
    };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
    await redis?.stop();
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
