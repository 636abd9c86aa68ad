import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = path.resolve(__dirname, '../support/fatalErrorProcess.ts');

function run(failure: 'reject' | 'throw') {
  const result = spawnSync(process.execPath, ['--import', 'tsx', FIXTURE, failure], { encoding: 'utf8', cwd: path.resolve(__dirname, '../..') });
  const lines = result.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: result.status, lines, output: result.stdout + result.stderr };
}

describe('a process that fails as src/index.ts sets it up', () => {
  it.each([
    ['an unhandled rejection', 'reject', 'unhandled promise rejection; exiting', 'RangeError'],
    ['an uncaught exception', 'throw', 'uncaught exception; exiting', 'SyntaxError'],
  ] as const)('logs %s as one JSON line (class and place) before exiting with 1', (_name, failure, message, errorName) => {
    const { status, lines, output } = run(failure);
    expect(status).toBe(1);
    expect(lines.at(-1)).toMatchObject({ level: 'error', msg: message, errorName, thrownAt: expect.stringMatching(/fatalErrorProcess\.ts:\d+/) });
    expect(output).not.toContain('HbA1c');
  });

  it('turns what libraries print to the console into debug lines without their text', () => {
    const { lines, output } = run('reject');
    expect(lines.filter((line) => line.msg === 'a library printed to the console')).toEqual([
      expect.objectContaining({ level: 'debug', method: 'error', errorName: 'TypeError' }),
      expect.objectContaining({ level: 'debug', method: 'log' }),
    ]);
    expect(output).not.toMatch(/BEGIN|HbA1c/);
  });
});
