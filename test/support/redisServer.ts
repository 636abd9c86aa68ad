import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

function findRedisServer(): string | undefined {
  try {
    return execFileSync('which', ['redis-server'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined;
  }
}

const redisServerPath = findRedisServer();

/** Why the Redis tests cannot run here, or undefined when they can. */
export const redisServerMissing: string | undefined =
  redisServerPath === undefined ? 'redis-server is not installed (apt-get install -y redis-server; CI installs it)' : undefined;

/** A test's title, saying why it is skipped when redis-server is missing. */
export function withRedis(title: string): string {
  return redisServerMissing === undefined ? title : `${title} (skipped: ${redisServerMissing})`;
}

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A redis-server of the test's own on 127.0.0.1, on a free port (or `port`, to bring one back after stop()),
 * keeping nothing on disk.
 */
export async function startRedisServer(port?: number): Promise<RedisServer> {
  if (redisServerPath === undefined) throw new Error(redisServerMissing);
  const chosen = port ?? (await freePort());
  const child = spawn(redisServerPath, ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${chosen} within 10 s:\n${output}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited on start (port ${chosen}):\n${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
