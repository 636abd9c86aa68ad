import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../scripts/testSummary.ts');
const TSX = path.resolve(__dirname, '../../node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(os.tmpdir(), 'test-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The script's output and exit code for vitest JSON reports with these fields (undefined: a report never written). */
function summarise(...reports: (object | undefined)[]): { output: string; code: number } {
  const files = reports.map((report) => {
    const file = path.join(dir, `${Math.random()}.json`);
    if (report) writeFileSync(file, JSON.stringify({ numPendingTests: 0, numTodoTests: 0, ...report }));
    return file;
  });
  try {
    return { output: execFileSync(TSX, [SCRIPT, ...files], { encoding: 'utf8' }), code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; status: number };
    return { output: failed.stdout, code: failed.status };
  }
}

const passedFile = { name: 'a.test.ts', status: 'passed', assertionResults: [{}, {}] };

describe('the CI summary line', () => {
  it('counts passed tests and exits 0 when all pass', () => {
    expect(summarise({ numPassedTests: 2, numFailedTests: 0, success: true, testResults: [passedFile] })).toEqual({ output: '2 passed, 0 failed\n', code: 0 });
  });

  it('exits 1 on a failed test', () => {
    const result = summarise({ numPassedTests: 1, numFailedTests: 1, success: false, testResults: [{ ...passedFile, status: 'failed' }] });
    expect(result).toEqual({ output: '1 passed, 1 failed\n', code: 1 });
  });

  it('counts a test file that failed to load as a failure, and names it', () => {
    const unloaded = { name: 'broken.test.ts', status: 'failed', assertionResults: [] };
    const result = summarise({ numPassedTests: 2, numFailedTests: 0, success: false, testResults: [passedFile, unloaded] });
    expect(result).toEqual({ output: 'failed to run: broken.test.ts\n2 passed, 1 failed\n', code: 1 });
  });

  it('adds up the runs of every Node version, the line last', () => {
    const result = summarise({ numPassedTests: 2, numFailedTests: 0, success: true, testResults: [passedFile] }, { numPassedTests: 3, numFailedTests: 0, numPendingTests: 1, success: true, testResults: [passedFile] });
    expect(result).toEqual({ output: '5 passed, 0 failed, 1 skipped\n', code: 0 });
  });

  it('counts a run that wrote no report as a failure', () => {
    const result = summarise({ numPassedTests: 2, numFailedTests: 0, success: true, testResults: [passedFile] }, undefined);
    expect(result.output).toMatch(/^no test report at .*: its run did not get as far as the tests .*\n2 passed, 1 failed\n$/);
    expect(result.code).toBe(1);
  });
});
