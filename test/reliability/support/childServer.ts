import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gaugeValue } from '../../support/prometheusText';

const ROOT = path.resolve(__dirname, '../../..');

/** A parsed line of the server's log. */
export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface ChildServer {
  url: string;
  /** Every line the server logged so far, parsed. */
  lines: LogLine[];
  /** What the server wrote to stderr (nothing, when all is well: every line goes through the logger). */
  stderr(): string;
  /** Whether the process ended without being asked to. */
  crashed(): boolean;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Resident set size and V8 heap in use after a full garbage collection, read from the server's own /metrics. */
  memory(): Promise<Memory>;
  metricsText(): Promise<string>;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

export interface Memory {
  rssBytes: number;
  heapUsedBytes: number;
}

/** Settings of ours that must not leak into the child from the environment the tests run in. */
const OUR_SETTINGS = /^(BOT_SDK$|NODE_ENV$|Microsoft|DIRECT_LINE|WEBCHAT|STATE_|SCREENING_LOG|QUESTION_GROUP_SIZE$|HOST$|PORT$|LOG_LEVEL$|METRICS_ALLOW$|TRUSTED_PROXIES$|REPLY_TIMEOUT|SHUTDOWN_)/;

/**
 * How the bot is started: src/index.ts through tsx; dist/src/index.js as `npm run serve` runs it once built; or
 * `npm start` itself (build, then serve), in a process group of its own so a signal reaches the server under npm.
 */
export type Entry = 'source' | 'compiled' | 'npm start';

const preload = path.join(__dirname, 'collectGarbageOnSignal.cjs');
const NODE_FLAGS = ['--expose-gc', '--require', preload];
const COMMANDS: Record<Entry, [string, string[]]> = {
  source: [process.execPath, [...NODE_FLAGS, '--import', 'tsx', 'src/index.ts']],
  compiled: [process.execPath, [...NODE_FLAGS, 'dist/src/index.js']],
  'npm start': ['npm', ['start']],
};

/**
 * The bot as `npm start` runs it (src/index.ts: real catalog, memory store, intranet Web Chat, no app id) in a
 * child process on a free port, so a crash is seen as the process ending, and SIGTERM is a real signal.
 */
export async function startChildServer(env: Record<string, string> = {}, { entry = 'source' }: { entry?: Entry } = {}): Promise<ChildServer> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OUR_SETTINGS.test(name)));
  const [command, args] = COMMANDS[entry];
  const group = entry === 'npm start';
  const child: ChildProcess = spawn(command, args, {
    detached: group,
    cwd: ROOT,
    env: {
      ...inherited,
      PORT: '0',
      LOG_LEVEL: 'info',
      SCREENING_LOG: path.join(mkdtempSync(path.join(tmpdir(), 'reliability-')), 'log.csv'),
      // One question at a time, so a scripted answer answers the question asked.
      QUESTION_GROUP_SIZE: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stderr = '';
  let asked = false;
  let pending = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      pending += chunk.toString('utf8');
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      for (const text of complete) {
        // npm start also prints the scripts it runs and tsc's output: the server's lines are its JSON ones.
        if (!text.startsWith('{')) continue;
        const line = JSON.parse(text) as LogLine;
        lines.push(line);
        if (line.msg === 'bot listening') resolve(String(line.url));
      }
    });
    void exited.then((code) => reject(new Error(`the server exited with ${code} before listening: ${stderr}`)));
  });

  const signal = (name: NodeJS.Signals): void => {
    if (group && child.pid !== undefined) process.kill(-child.pid, name);
    else child.kill(name);
  };
  const metricsText = async (): Promise<string> => (await fetch(`${url}/metrics`)).text();
  return {
    url,
    lines,
    stderr: () => stderr,
    crashed: () => child.exitCode !== null && !asked,
    exited,
    metricsText,
    memory: async () => {
      signal('SIGUSR2');
      await new Promise((resolve) => setTimeout(resolve, 300));
      const text = await metricsText();
      return { rssBytes: gaugeValue(text, 'process_resident_memory_bytes'), heapUsedBytes: gaugeValue(text, 'nodejs_heap_size_used_bytes') };
    },
    kill: (name) => {
      asked = true;
      signal(name);
    },
    stop: () => {
      asked = true;
      if (child.exitCode === null) signal('SIGTERM');
      return exited;
    },
  };
}
