import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir } from '../support/catalog';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const run = (script: string, args: string[]) => spawnSync(tsx, [path.join(root, 'src/cli', script), ...args], { cwd: root, encoding: 'utf8' });

describe('npm run match', () => {
  it('prints verdicts, deciding criteria, unknowns and contacts as JSON with --json', () => {
    const out = execFileSync(tsx, [path.join(root, 'src/cli/match.ts'), path.join(examplesDir, 'sjogren-thrombocytopenia.json'), '--json'], { cwd: root, encoding: 'utf8' });
    const report = JSON.parse(out) as { evaluationDate: string; trials: { trialId: string; verdict: string; contacts: unknown[] }[] };
    expect(report.evaluationDate).toBe('2026-11-21');
    expect(Object.fromEntries(report.trials.map((t) => [t.trialId, t.verdict]))).toEqual({
      'igg4rd-sirolimus': 'ineligible',
      'nct03688191-ctd-tp': 'eligible',
      'nct04047576-rpf': 'ineligible',
      'nct04582136-sirius': 'ineligible',
      'nct06722586-apl-tp': 'ineligible',
    });
  });

  it('prints a readable report by default, eligible trials first', () => {
    const result = run('match.ts', [path.join(examplesDir, 'rpf-age-and-diagnosis-only.json')]);
    expect(result.status).toBe(0);
    expect(result.stdout.indexOf('More information needed')).toBeLessThan(result.stdout.indexOf('Not eligible'));
    expect(result.stdout).toMatch(/Study of Sirolimus in Idiopathic Retroperitoneal Fibrosis \(NCT04047576\)\n {2}Verdict: More information needed/);
    expect(result.stdout).toMatch(/Not yet known: .*Platelet count/);
    expect(result.stdout).toMatch(/Hui Gao, Doctor, 8613811833264, gh841017@126.com/);
  });

  it('explains a bad patient file and exits 1', () => {
    const result = run('match.ts', [path.join(root, 'test/fixtures/patients/bad-units.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/facts\.platelets: cannot convert "mg\/dL" to "10\*9\/L"/);
    expect(result.stderr).toMatch(/facts\.sex: expected one of female, male/);
  });

  it('names the file that is not JSON among several, and exits 1', () => {
    const notJson = path.join(root, 'test/fixtures/patients/not-json.json');
    const result = run('match.ts', [path.join(examplesDir, 'rpf-age-and-diagnosis-only.json'), notJson]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${notJson}: not a JSON patient file`);
  });
});

describe('npm run catalog:check', () => {
  it('passes on the seeds and prints the coding per trial', () => {
    const result = run('catalogCheck.ts', []);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/catalog ok: 5 trials, 76 criteria \(64 coded as rules, 12 confirm-only\)/);
    expect(result.stdout).toMatch(/drug figures ok: \d+ half-lives and 1 dose limits, each citing its source; the \d+ given as a range take its upper end/);
  });
});
