import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PatientFile } from '../../src/domain/patientFile';
import { evaluateAll } from '../../src/engine/evaluate';
import type { CriterionStatus, Verdict } from '../../src/engine/result';
import { answersOf, EVALUATION_DAY, realCatalog } from '../support/catalog';

/**
 * The clinical review's criteria items (issue 11), each as patient files in test/fixtures/clinical: the
 * patient an earlier reading got wrong, with the verdict it gives now, beside a patient on the other side,
 * through the engine and through `npm run match`.
 */
const root = path.resolve(__dirname, '../..');
const fixturesDir = path.join(root, 'test/fixtures/clinical');

const ctdtp = 'nct03688191-ctd-tp';
const sirius = 'nct04582136-sirius';
const rpf = 'nct04047576-rpf';
const igg4 = 'igg4rd-sirolimus';
const apl = 'nct06722586-apl-tp';

interface Expectation {
  /** The patient file in test/fixtures/clinical, without .json. */
  fixture: string;
  trial: string;
  /** The criterion the item is about and its status now. */
  criterion: [id: string, status: CriterionStatus];
  verdict?: Verdict;
  /** A point listed to confirm at screening. */
  toConfirm?: string;
  /** A fact the verdict still waits for (asked rather than assumed). */
  missing?: string;
}

const items: { item: string; cases: Expectation[] }[] = [
  {
    item: '1. CTD-TP: intolerance, switched immunosuppressants, B-cell therapy and treatment before the 12 months count as standard treatment',
    cases: [
      { fixture: 'ctdtp-intolerant-of-immunosuppressant', trial: ctdtp, criterion: ['D3', 'met'], verdict: 'eligible', toConfirm: 'I1' },
      { fixture: 'ctdtp-short-immunosuppressant-tolerated', trial: ctdtp, criterion: ['D3', 'not-met'], verdict: 'ineligible' },
      { fixture: 'ctdtp-switched-immunosuppressant', trial: ctdtp, criterion: ['D3', 'met'], verdict: 'eligible' },
      { fixture: 'ctdtp-one-immunosuppressant-short', trial: ctdtp, criterion: ['D3', 'not-met'], verdict: 'ineligible' },
      { fixture: 'ctdtp-steroid-plus-rituximab', trial: ctdtp, criterion: ['D3', 'met'], verdict: 'eligible' },
      { fixture: 'ctdtp-rituximab-recent', trial: ctdtp, criterion: ['D3', 'not-met'], verdict: 'ineligible' },
      { fixture: 'ctdtp-treated-before-12-months', trial: ctdtp, criterion: ['E1', 'not-met'], verdict: 'eligible' },
      { fixture: 'ctdtp-never-treated', trial: ctdtp, criterion: ['E1', 'met'], verdict: 'ineligible' },
      { fixture: 'ctdtp-nothing-in-12-months', trial: ctdtp, criterion: ['E1', 'unknown'], verdict: 'needs-info', missing: 'earlier_standard_treatment' },
    ],
  },
  {
    item: '2. A disease a criterion needs counts as the main diagnosis or as another diagnosis; IgG4-related RPF is not secondary RPF',
    cases: [
      { fixture: 'sle-with-secondary-aps', trial: sirius, criterion: ['I2', 'met'], verdict: 'needs-info' },
      { fixture: 'sle-with-secondary-aps', trial: ctdtp, criterion: ['D2', 'met'] },
      { fixture: 'aps-without-other-diagnosis', trial: sirius, criterion: ['I2', 'not-met'], verdict: 'ineligible' },
      { fixture: 'igg4-related-rpf', trial: rpf, criterion: ['I1', 'met'], verdict: 'needs-info', toConfirm: 'I1-IgG4' },
      { fixture: 'igg4-related-rpf', trial: igg4, criterion: ['I1', 'unknown'], verdict: 'needs-info' },
      { fixture: 'secondary-rpf', trial: rpf, criterion: ['E1', 'met'], verdict: 'ineligible' },
    ],
  },
  {
    item: '3. APL-TP E8 applies to a patient on lipid-lowering therapy',
    cases: [
      { fixture: 'apl-ldl-untreated', trial: apl, criterion: ['E8', 'not-met'], verdict: 'needs-info', toConfirm: 'E8-untreated' },
      { fixture: 'apl-ldl-on-statin', trial: apl, criterion: ['E8', 'met'], verdict: 'ineligible' },
    ],
  },
  {
    item: '4. APL-TP C3: the regimen’s medicines, not a warfarin dose adjustment',
    cases: [
      { fixture: 'apl-warfarin-dose-adjusted', trial: apl, criterion: ['C3', 'met'], verdict: 'needs-info', toConfirm: 'C3-strength' },
      { fixture: 'apl-warfarin-started', trial: apl, criterion: ['C3', 'not-met'], verdict: 'ineligible' },
    ],
  },
  {
    item: '5. A medicine still taken fails a washout whatever its half-life; half-lives at the label’s upper end',
    cases: [
      { fixture: 'apl-rhtpo-current', trial: apl, criterion: ['C4', 'not-met'], verdict: 'ineligible' },
      { fixture: 'apl-rhtpo-stopped', trial: apl, criterion: ['C4', 'unknown'], verdict: 'needs-info' },
      { fixture: 'apl-romiplostim-stopped-51-days', trial: apl, criterion: ['C4', 'not-met'], verdict: 'ineligible' },
      { fixture: 'apl-romiplostim-stopped-204-days', trial: apl, criterion: ['C4', 'met'], verdict: 'needs-info' },
    ],
  },
  {
    item: '6. Doses inside a window, concurrent corticosteroids added up, stability from the last change',
    cases: [
      { fixture: 'rpf-prednisone-taper', trial: rpf, criterion: ['E2', 'met'], verdict: 'ineligible' },
      { fixture: 'rpf-dose-changed-earlier-dose-unknown', trial: rpf, criterion: ['E2', 'unknown'], verdict: 'needs-info' },
      { fixture: 'rpf-prednisone-low-stable', trial: rpf, criterion: ['E2', 'not-met'], verdict: 'needs-info' },
      { fixture: 'sirius-concurrent-steroids', trial: sirius, criterion: ['I5a', 'not-met'], verdict: 'ineligible' },
      { fixture: 'sirius-concurrent-steroids-within-limit', trial: sirius, criterion: ['I5a', 'met'], verdict: 'needs-info' },
      { fixture: 'sirius-dose-changed-recently', trial: sirius, criterion: ['I5a', 'not-met'], verdict: 'ineligible' },
      { fixture: 'sirius-mmf-stopped-recently', trial: sirius, criterion: ['I5b', 'not-met'], verdict: 'ineligible' },
    ],
  },
  {
    item: '7. Vocabulary: Tripterygium as an immunosuppressant, voclosporin a calcineurin inhibitor, SIRIUS’s malignancy exemptions its own',
    cases: [
      { fixture: 'rpf-tripterygium-recent', trial: rpf, criterion: ['E2', 'met'], verdict: 'ineligible' },
      { fixture: 'sirius-voclosporin', trial: sirius, criterion: ['E8', 'met'], verdict: 'ineligible' },
      { fixture: 'malignancy-treated-skin-cancer', trial: sirius, criterion: ['E15', 'not-met'] },
      { fixture: 'malignancy-treated-skin-cancer', trial: igg4, criterion: ['E7', 'met'], verdict: 'ineligible' },
      { fixture: 'malignancy-other-cancer', trial: sirius, criterion: ['E15', 'met'], verdict: 'ineligible' },
    ],
  },
];

interface Reported {
  verdict: Verdict;
  criteria: { id: string; status: CriterionStatus }[];
  missingFacts: string[] | { fact: string }[];
  toConfirm: { id: string }[];
}

function fromEngine(fixture: string, trial: string): Reported {
  const file = PatientFile.parse(JSON.parse(readFileSync(path.join(fixturesDir, `${fixture}.json`), 'utf8')));
  const result = evaluateAll(realCatalog().trials, answersOf(file.facts), EVALUATION_DAY, realCatalog()).find((r) => r.trialId === trial)!;
  return { verdict: result.verdict, ...result.details() };
}

/** Every fixture through one run of the match CLI, reports keyed by file. */
let cli: Record<string, { trials: (Reported & { trialId: string })[] }>;
beforeAll(() => {
  const files = [...new Set(items.flatMap((i) => i.cases.map((c) => path.join('test/fixtures/clinical', `${c.fixture}.json`))))];
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  cli = JSON.parse(execFileSync(tsx, [path.join(root, 'src/cli/match.ts'), ...files, '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 }));
});
const fromCli = (fixture: string, trial: string): Reported => cli[path.join('test/fixtures/clinical', `${fixture}.json`)]!.trials.find((t) => t.trialId === trial)!;

const factsOf = (missing: Reported['missingFacts']) => missing.map((m) => (typeof m === 'string' ? m : m.fact));

describe.each(items)('$item', ({ cases }) => {
  describe.each([
    ['the engine', fromEngine],
    ['npm run match', fromCli],
  ] as const)('through %s', (_, read) => {
    it.each(cases)('$fixture: $trial $criterion.0 is $criterion.1', ({ fixture, trial, criterion, verdict, toConfirm, missing }) => {
      const result = read(fixture, trial);
      expect(result.criteria.find((c) => c.id === criterion[0])?.status).toBe(criterion[1]);
      if (verdict) expect(result.verdict).toBe(verdict);
      if (toConfirm) expect(result.toConfirm.map((c) => c.id)).toContain(toConfirm);
      if (missing) expect(factsOf(result.missingFacts)).toContain(missing);
    });
  });
});
