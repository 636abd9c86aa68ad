import { existsSync, readFileSync } from 'node:fs';

/**
 * CI reads one plain line, not vitest's coloured summary: "N passed, N failed[, N skipped]", added up over the JSON
 * reporter's files of every run (one per Node version), printed last. Exits non-zero when any test failed, a run
 * itself failed (e.g. a suite that did not load) or a run wrote no report.
 */
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
  testResults: { name: string; status: string; assertionResults: unknown[] }[];
}

const files = process.argv.length > 2 ? process.argv.slice(2) : ['test-results/vitest.json'];
let [passed, failed, skipped, success] = [0, 0, 0, true];
for (const file of files) {
  if (!existsSync(file)) {
    // When tsc fails, or vitest cannot start, there is no report: the run counts as one failure.
    console.log(`no test report at ${file}: its run did not get as far as the tests (see the output above)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  // A test file that failed before running any test (an import that throws) counts as one failure.
  const unloaded = report.testResults.filter((result) => result.status === 'failed' && result.assertionResults.length === 0);
  for (const result of unloaded) console.log(`failed to run: ${result.name}`);
  passed += report.numPassedTests;
  failed += report.numFailedTests + unloaded.length;
  skipped += report.numPendingTests + report.numTodoTests;
  success &&= report.success;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = success && failed === 0 ? 0 : 1;
