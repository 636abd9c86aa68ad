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
  success: boolean;
  testResults: { name: string; status: string; assertionResults: unknown[] }[];
}

const file = process.argv[2] ?? 'test-results/vitest.json';
const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
const skipped = report.numPendingTests + report.numTodoTests;
// A test file that failed before running any test (an import that throws) counts as one failure.
const unloaded = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
const failed = report.numFailedTests + unloaded.length;
console.log(`${report.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
for (const file of unloaded) console.log(`failed to run: ${file.name}`);
process.exitCode = report.success && failed === 0 ? 0 : 1;
