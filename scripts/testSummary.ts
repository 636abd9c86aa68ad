import { readFileSync } from 'node:fs';

/**
 * CI reads one plain line, not vitest's coloured summary: "N passed, N failed[, N skipped]" from the JSON
 * reporter's file. Exits non-zero when any test failed or the run itself failed (e.g. a suite that did not load).
 */
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success: boolean;
}

const file = process.argv[2] ?? 'test-results/vitest.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (report.numFailedTestSuites > 0) console.log(`${report.numFailedTestSuites} test file(s) failed to run`);
process.exitCode = report.success && report.numFailedTests === 0 && report.numFailedTestSuites === 0 ? 0 : 1;
