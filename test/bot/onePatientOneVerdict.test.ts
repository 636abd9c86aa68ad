import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryOf } from '../../bench/turns/summaries';
import { catalogWords } from '../../src/catalog/catalogWords';
import { en } from '../../src/replies/texts/en';
import type { Verdict } from '../../src/engine/result';
import type { TrialRecord } from '../../src/domain/trialRecord';
import { screeningCases, trialNames, type ScreeningCase } from '../dialogs/profiles';
import { allText, buttons, Conversation, screen, type Reply } from '../support/conversation';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';
import { patientFileOf } from '../support/patientFileOf';

/**
 * One patient, one verdict: for every whole-bot test profile, the screening by cards, the screening after a pasted
 * note that states the patient, and the match CLI on the patient file of the answers recorded reach the same
 * verdict for every study of the catalog.
 */
const catalog = realCatalog();
const root = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'one-verdict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each study's verdict as the results say it: "• <study>: May be eligible." or, ruled out, "• <study> — …". */
function verdictsIn(replies: readonly Reply[]): Record<string, Verdict> {
  const text = allText(replies);
  const results = catalog.trials.map((t) => t.record).map((record) => {
    const name = nameOf(record);
    const open = (Object.entries(en.trials.verdictLabels) as [Verdict, string][]).find(([, label]) => text.includes(`• ${name}: ${label}.`));
    return [record.id, open ? open[0] : text.includes(`• ${name} — `) ? 'ineligible' : 'not shown'] as const;
  });
  return Object.fromEntries(results) as Record<string, Verdict>;
}

/** A study's name as the results write it. */
const nameOf = (record: TrialRecord) => en.trials.trialName(catalogWords(catalog, 'en'), { record, trialId: record.id } as Parameters<typeof en.trials.trialName>[1]);

async function byCards(screeningCase: ScreeningCase) {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize: 6 });
  const { final } = await screen(conversation, screeningCase.profile, await conversation.start());
  return { verdicts: verdictsIn(final), answers: conversation.answers };
}

async function byPaste(screeningCase: ScreeningCase) {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, { groupSize: 6 });
  await conversation.start();
  const read = await conversation.say(summaryOf(screeningCase));
  const record = buttons(read).find((b) => (b.data as { confirm?: string }).confirm === 'record');
  if (!record) throw new Error(`${screeningCase.name}: nothing read from the note`);
  const { final } = await screen(conversation, screeningCase.profile, await conversation.submit(record.data));
  return verdictsIn(final);
}

describe('one patient, one verdict', () => {
  it('by cards, after a pasted note, and by the match CLI on the same patient file, for every test profile', async () => {
    const expected: Record<string, Record<string, Verdict>> = {};
    for (const screeningCase of screeningCases) {
      const cards = await byCards(screeningCase);
      // Every study is in the results, and the case's own verdict among them.
      expect(Object.values(cards.verdicts), screeningCase.name).not.toContain('not shown');
      expect(cards.verdicts[catalog.trials.find((t) => nameOf(t.record) === trialNames[screeningCase.trial])!.record.id], screeningCase.name).toBe(screeningCase.verdict === 'May be eligible' ? 'eligible' : 'ineligible');
      expect(await byPaste(screeningCase), `${screeningCase.name}: after a pasted note`).toEqual(cards.verdicts);
      const file = path.join(dir, `${screeningCases.indexOf(screeningCase)}.json`);
      writeFileSync(file, JSON.stringify(patientFileOf(cards.answers, EVALUATION_DAY, catalog)));
      expected[file] = cards.verdicts;
    }
    const cli = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src/cli/match.ts'), ...Object.keys(expected), '--json'], { cwd: root, encoding: 'utf8', maxBuffer: 2 ** 28 });
    expect(cli.stderr).toBe('');
    const reports = JSON.parse(cli.stdout) as Record<string, { trials: { trialId: string; verdict: Verdict }[] }>;
    for (const [file, verdicts] of Object.entries(expected)) {
      const name = screeningCases[Number(path.basename(file, '.json'))]!.name;
      expect(Object.fromEntries(reports[file]!.trials.map((t) => [t.trialId, t.verdict])), `${name}: the match CLI`).toEqual(verdicts);
    }
  }, 120_000);
});
