import { execFileSync } from 'node:child_process';
import os from 'node:os';

export interface Machine {
  date: string;
  node: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  /** 1-minute load average when the bench started and ended: other work on the machine skews figures. */
  loadAverage: { start: number; end?: number };
  commit: string;
}

export function describeMachine(): Machine {
  return {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    loadAverage: { start: Number(os.loadavg()[0]!.toFixed(2)) },
    commit: gitCommit(),
  };
}

function gitCommit(): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  try {
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' (with uncommitted changes)' : ''}`;
  } catch {
    return 'unknown';
  }
}
