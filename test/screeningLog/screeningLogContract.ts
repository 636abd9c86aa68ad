import { expect, it } from 'vitest';
import type { Day } from '../../src/dates/calendar';
import type { ScreeningLog } from '../../src/screeningLog/screeningLog';
import { screeningRows } from './rows';

/** What every ScreeningLog must do. `open(days)` gives an empty log keeping rows `days` days, and its today. */
export function screeningLogContract(open: (days: number) => Promise<{ log: ScreeningLog; today: Day }>): void {
  it('reads back the rows of finished screenings, oldest first, as they were recorded', async () => {
    const { log, today } = await open(365);
    const first = screeningRows(today - 2, 'msteams');
    const second = screeningRows(today, 'webchat');
    await log.record(first);
    await log.record(second);
    expect(await log.read()).toEqual([...first, ...second]);
  });

  it('reads from the --since day on, that day included', async () => {
    const { log, today } = await open(365);
    const [before, since, after] = [screeningRows(today - 11), screeningRows(today - 10), screeningRows(today - 9)];
    for (const rows of [before, since, after]) await log.record(rows);
    expect(await log.read(since[0]?.date)).toEqual([...since, ...after]);
  });

  it('leaves out rows more than SCREENING_LOG_DAYS days old, and keeps those exactly that old', async () => {
    const { log, today } = await open(30);
    const [tooOld, oldest, recent] = [screeningRows(today - 31), screeningRows(today - 30), screeningRows(today)];
    for (const rows of [tooOld, oldest, recent]) await log.record(rows);
    expect(await log.read()).toEqual([...oldest, ...recent]);
    expect(await log.read(tooOld[0]?.date)).toEqual([...oldest, ...recent]);
  });

  it('refuses a screening with a row holding free text or an identifier, and records none of its rows', async () => {
    const { log, today } = await open(365);
    const [valid, ...rest] = screeningRows(today);
    const withAnswer = { ...valid, decidingCriterion: 'platelets 48 x10^9/L' };
    const withConversation = { ...valid, conversationId: 'a:1Xk9' };
    const refusal = (await log.record([...rest, withAnswer] as never).catch((thrown: unknown) => thrown)) as Error;
    expect(refusal.message).toMatch(/→ at \[2\]\.decidingCriterion/);
    expect(refusal.message).not.toContain('platelets');
    await expect(log.record([withConversation] as never)).rejects.toThrow(/conversationId/);
    expect(await log.read()).toEqual([]);
  });
}
