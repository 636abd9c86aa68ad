import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BotKind } from './benchServer';

export interface ServerChild {
  url: string;
  /** CPU time (user + system) the server has used so far, in milliseconds. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** The compiled server entry: the server runs as production runs it, plain node on built JavaScript. */
const ENTRY = path.resolve(__dirname, '../../dist/bench/http/serverProcess.js');

/** `execArgv`: node's own options for the server, such as --cpu-prof (its profile is written when it stops). */
export async function startServerChild(kind: BotKind, redisUrl?: string, execArgv: string[] = []): Promise<ServerChild> {
  const child: ChildProcess = fork(ENTRY, redisUrl ? [kind, redisUrl] : [kind], {
    execArgv,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code}) before listening`)));
  });
  return {
    url,
    cpuMs: () =>
      new Promise((resolve) => {
        child.once('message', (message) => {
          const { cpu } = message as { cpu: NodeJS.CpuUsage };
          resolve((cpu.user + cpu.system) / 1000);
        });
        child.send('cpu');
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.send('stop');
      }),
  };
}
