import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/clock';
import { silentLogger } from '../../src/logger';
import { Metrics } from '../../src/operations/metrics';
import { FileScreeningLog } from '../../src/screeningLog/fileScreeningLog';
import { screeningObserver } from '../../src/screeningEvents';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';
import { Conversation, screen } from '../support/conversation';
import { screeningCases } from '../dialogs/profiles';
import { SDKS } from '../support/sdks';

const dir = mkdtempSync(path.join(os.tmpdir(), 'pre-screening-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(SDKS)('with %s', (sdk) => {
  describe('the pre-screening log', () => {
    it('gets one row per study for each finished screening — date, study, verdict, deciding criterion, unknowns, channel — and no answer or id', async () => {
      const file = path.join(dir, `screening-log-${sdk}.csv`);
      const log = new FileScreeningLog(file, 365, fixedClock(EVALUATION_DAY));
      const metrics = new Metrics();
      const observer = screeningObserver({ metrics, log, logger: silentLogger });
      const cases = screeningCases.filter((c) => ['RPF: eligible', 'CTD-TP: platelets 120', 'aPL: eligible'].includes(c.name));
      const typed: string[] = [];
      const ids: string[] = [];
      for (const [i, screeningCase] of cases.entries()) {
        const conversation = new Conversation(undefined, undefined, { id: `conversation-${i}-7a3f` }, 'msteams', { sdk, groupSize: 6, observer });
        await screen(conversation, screeningCase.profile, await conversation.start());
        // Results asked for again are not a second finished screening.
        await conversation.say('results');
        typed.push(...Object.values(screeningCase.profile));
        ids.push(`conversation-${i}-7a3f`, conversation.user.id);
      }
      const rows = await log.read();
      expect(rows).toHaveLength(cases.length * realCatalog().trials.length);
      expect(rows.filter((r) => r.studyId === 'nct04047576-rpf' && r.verdict === 'eligible')).toHaveLength(1);
      expect(rows.find((r) => r.studyId === 'nct03688191-ctd-tp' && r.verdict === 'ineligible')?.decidingCriterion).toBe('D1');
      for (const row of rows) {
        expect(row.date).toBe('2026-11-21');
        expect(row.channel).toBe('msteams');
        if (row.verdict === 'eligible') expect(row.decidingCriterion).toBe('');
      }
      const csv = readFileSync(file, 'utf8');
      expect(csv.split(/\r?\n/)[0]).toBe('date,studyId,verdict,decidingCriterion,unknownFacts,channel');
      // Nothing typed (beyond what a bare yes/no or number could coincide with) and no id is in the file.
      for (const answer of typed.filter((t) => /[a-z]{3}/i.test(t) && !['none', 'never', 'unknown', 'male', 'female'].includes(t))) expect(csv, answer).not.toContain(answer);
      for (const id of ids) expect(csv).not.toContain(id);

      const exposed = await metrics.registry.metrics();
      expect(exposed).toMatch(/screenings_started_total\{channel="msteams"\} 3/);
      expect(exposed).toMatch(/screenings_finished_total\{channel="msteams"\} 3/);
      expect(exposed).toMatch(/screening_verdicts_total\{trial="nct04047576-rpf",verdict="eligible"\} 1/);
    });
  });
});
