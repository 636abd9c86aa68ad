import type { ColdStartReport } from './coldStart';
import type { EngineReport } from './engine/engineBench';
import { PACED_KINDS } from './http/fixedRate';
import { BOT_KINDS, type HttpReport } from './http/httpBench';
import type { Machine } from './machine';
import type { StateReport } from './state/stateSize';
import { median } from './stats';

export interface BenchReport {
  machine: Machine;
  http: HttpReport;
  engine: EngineReport;
  coldStart: ColdStartReport;
  state: StateReport;
}

const BOT_ROLES: Record<(typeof BOT_KINDS)[number], string> = {
  ours: 'the screening assistant, state in memory',
  oursRedis: 'the screening assistant, state in Redis (eTags, a lock per conversation)',
  stateEcho: 'echo + conversation state read and written',
  echo: 'the HTTP stack and adapter alone',
};

const pad = (value: string | number, width: number) => String(value).padStart(width);
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The figures as a compact plain-text table. */
export function formatReport({ machine, http, engine, coldStart, state }: BenchReport): string {
  const m = machine;
  const paced = http.fixedRate;
  const lines = [
    `Trial-matching bench — ${m.date} · node ${m.node} · ${m.cpu} × ${m.cores} cores · ${m.memoryGiB} GiB · commit ${m.commit} · load ${m.loadAverage.start} → ${m.loadAverage.end}`,
    '',
    `HTTP turns: ${http.connections} conversations, expectReplies, ${http.rounds.length} interleaved rounds of ${http.roundSeconds} s, server in a child process`,
    `  bot          turns/s   p50 ms   p99 ms   /echo   what it does`,
    ...http.kinds.map(
      (kind) =>
        `  ${kind.padEnd(10)} ${pad(http.summary[kind]!.turnsPerSecond, 9)} ${pad(http.summary[kind]!.p50Ms.toFixed(1), 8)} ${pad(http.summary[kind]!.p99Ms.toFixed(1), 8)} ${pad(http.ratioToEcho[kind]!.toFixed(2), 7)}   ${BOT_ROLES[kind]}`,
    ),
    `  ours/echo ${http.ratioToEcho.ours!.toFixed(2)} (target ≥ 0.5)${http.redisToMemory === undefined ? '' : ` · ours on Redis / in memory ${http.redisToMemory.toFixed(2)}`} · ${median(http.turnsPerScreening)} turns per screening (${Math.min(...http.turnsPerScreening)}–${Math.max(...http.turnsPerScreening)}) · ${http.walks.screeningsFinished} screenings finished, ${http.walks.reprompts} answers re-asked, ${http.walks.failedTurns} failed turns`,
    `  server CPU per round (cores, ${http.kinds.join('/')}): ${http.rounds.map((r) => http.kinds.map((kind) => r[kind]!.serverCpu).join('/')).join(', ')} · generator CPU: ${http.rounds.map((r) => http.kinds.map((kind) => r[kind]!.generatorCpu).join('/')).join(', ')}`,
    `  server and generator in one process: ours ${http.inProcess.oursTurnsPerSecond}/s, echo ${http.inProcess.echoTurnsPerSecond}/s (ratio ${http.inProcess.ratio.toFixed(2)})`,
    '',
    `HTTP turns at a fixed rate: ${paced.turnsPerSecond} turns/s among ${paced.conversations} conversations, ${paced.rounds} interleaved rounds of ${paced.roundSeconds} s; latency from when each turn was due`,
    `  bot          turns   p50 ms   p99 ms   max ms   failed`,
    ...PACED_KINDS.map((kind) => {
      const bot = paced.bots[kind];
      return `  ${kind.padEnd(10)} ${pad(bot.turns, 7)} ${pad(bot.p50Ms.toFixed(1), 8)} ${pad(bot.p99Ms.toFixed(1), 8)} ${pad(bot.maxMs.toFixed(1), 8)} ${pad(bot.failed, 8)}`;
    }),
    `  ours p99 ${paced.bots.ours.p99Ms.toFixed(1)} ms (target ≤ 25) · ${paced.walks.screeningsFinished} screenings finished, ${paced.walks.reprompts} answers re-asked, ${paced.walks.failedTurns} failed turns`,
    '',
    `Engine: one patient (${engine.patient}), synthetic catalogs; ms, medians`,
    `  trials  criteria  build  new patient  per answer (p90)  next question  first question  5 taking turns: own / shared evaluator`,
    ...engine.sizes.map(
      (s) =>
        `  ${pad(s.trials, 6)} ${pad(s.criteria, 9)} ${pad(s.buildMs, 6)} ${pad(s.newPatientMs.toFixed(2), 12)} ${pad(`${s.perAnswerMs.toFixed(2)} (${s.perAnswerP90Ms.toFixed(2)})`, 17)} ${pad(s.nextQuestionMs.toFixed(2), 14)} ${pad(s.firstQuestionMs.toFixed(2), 15)} ${pad(`${s.interleavedPerAnswerMs.toFixed(2)} / ${s.interleavedSharedPerAnswerMs.toFixed(2)}`, 39)}`,
    ),
    `  growth per 10× trials: ${engine.growthPer10x.map((g) => `${g.from}→${g.to}: new patient ×${g.newPatient}, per answer ×${g.perAnswer}, next question ×${g.nextQuestion}`).join('; ')}`,
    '',
    `Cold start (spawn → first answered turn): ${coldStart.medianMs} ms, median of ${coldStart.runs.length} (${coldStart.runs.join(', ')})`,
    `Conversation state after a full screening: ${kB(state.medianBytes)} median, ${kB(state.maxBytes)} max, over ${state.perCase.length} screenings`,
  ];
  return lines.join('\n');
}
