import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from './freePort';

const CLI = path.resolve(__dirname, '../../node_modules/.bin/agentsplayground');

export interface AgentsPlayground {
  /** The Teams-like chat page. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Microsoft 365 Agents Playground for a bot's /api/messages, in the given channel (msteams: Microsoft's
 * Teams-like client and a mock connector), on a free loopback port, telemetry off.
 */
export async function startAgentsPlayground(messagesUrl: string, channel: 'msteams' | 'webchat' = 'msteams'): Promise<AgentsPlayground> {
  const port = await freePort();
  const child = spawn(CLI, ['-e', messagesUrl, '-c', channel, '-p', String(port), '--dt'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the Agents Playground did not start within 30 s:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the Agents Playground exited on start:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
