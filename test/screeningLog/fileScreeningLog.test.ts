import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDay, type Day } from '../../src/dates/calendar';
import { FileScreeningLog } from '../../src/screeningLog/fileScreeningLog';
import { screeningRows } from './rows';
import { screeningLogContract } from './screeningLogContract';

const TODAY = parseIsoDay('2026-11-22');
const temporaryFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'screening-log-')), 'data', 'screening-log.csv');

describe('FileScreeningLog', () => {
  screeningLogContract(async (days) => ({ log: new FileScreeningLog(temporaryFile(), days, () => TODAY), today: TODAY }));

  it('creates its folder and writes the header once, then one CSV line per row', async () => {
    const file = temporaryFile();
    const log = new FileScreeningLog(file, 365, () => TODAY);
    await log.record(screeningRows(TODAY - 1, 'msteams'));
    await log.record(screeningRows(TODAY, 'webchat').slice(0, 1));
    expect(readFileSync(file, 'utf8')).toBe(
      [
        'date,studyId,verdict,decidingCriterion,unknownFacts,channel',
        '2026-11-21,nct03688191-ctd-tp,eligible,,0,msteams',
        '2026-11-21,igg4rd-sirolimus,ineligible,I1,0,msteams',
        '2026-11-21,nct04582136-sirius,needs-info,E12,2,msteams',
        '2026-11-22,nct03688191-ctd-tp,eligible,,0,webchat',
        '',
      ].join('\r\n'),
    );
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('drops rows past their retention from the file on the first append of a new day', async () => {
    const file = temporaryFile();
    let today: Day = TODAY;
    const log = new FileScreeningLog(file, 30, () => today);
    await log.record(screeningRows(TODAY - 30));
    await log.record(screeningRows(TODAY));
    expect(readFileSync(file, 'utf8')).toContain('2026-10-23');
    today = TODAY + 1;
    await log.record(screeningRows(today));
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('2026-10-23');
    expect(text.match(/^date,/gm)).toHaveLength(1);
    expect(await log.read()).toEqual([...screeningRows(TODAY), ...screeningRows(TODAY + 1)]);
  });

  it('drops rows past their retention when pruned at start, before any screening', async () => {
    const file = temporaryFile();
    await new FileScreeningLog(file, 30, () => TODAY - 5).record([...screeningRows(TODAY - 35), ...screeningRows(TODAY - 5)]);
    await new FileScreeningLog(file, 30, () => TODAY).prune();
    expect(readFileSync(file, 'utf8')).toBe(
      ['date,studyId,verdict,decidingCriterion,unknownFacts,channel', ...screeningRows(TODAY - 5).map((r) => `${r.date},${r.studyId},${r.verdict},${r.decidingCriterion},${r.unknownFacts},${r.channel}`), ''].join('\r\n'),
    );
  });

  it('appends screenings recorded at the same time whole, one after the other', async () => {
    const file = temporaryFile();
    const log = new FileScreeningLog(file, 365, () => TODAY);
    const channels = Array.from({ length: 20 }, (_, i) => `channel-${i}`);
    await Promise.all(channels.map((channel) => log.record(screeningRows(TODAY, channel))));
    const rows = await log.read();
    expect(rows).toHaveLength(60);
    expect(rows.map((row) => row.channel)).toEqual(channels.flatMap((channel) => [channel, channel, channel]));
  });

  it('names the file and line of a row it cannot read, without repeating its content', async () => {
    const file = temporaryFile();
    const log = new FileScreeningLog(file, 365, () => TODAY);
    await log.record(screeningRows(TODAY));
    writeFileSync(file, `${readFileSync(file, 'utf8')}2026-11-22,nct03688191-ctd-tp,maybe,,0,msteams\r\n`);
    const error = (await log.read().catch((thrown: unknown) => thrown)) as Error;
    expect(error.message).toMatch(new RegExp(`${file} line 5 is not a valid row:\\n.*\\n  → at verdict`));
    expect(error.message).not.toContain('maybe');
    writeFileSync(file, 'when,what\r\n');
    await expect(log.read()).rejects.toThrow(`${file} line 1: expected the pre-screening log's header date,studyId,verdict,decidingCriterion,unknownFacts,channel`);
  });
});
