import { describe, expect, it } from 'vitest';
import type { Detail } from '../../src/domain/detail';
import type { KnownFactValue } from '../../src/domain/factValue';
import { daysBefore } from '../../src/dates/calendar';
import { DETAIL_ANSWERS, readDetailAnswer } from '../../src/parsing/detailAnswer';
import { parseContext } from '../../src/parsing/parseContext';
import { catalog, day, factOf, parse, TODAY, valueOf, said } from './parse';

/** Today is 15 June 2026. A detail of a recorded medication answer, completed by the reply to its question. */
const context = parseContext(catalog, TODAY, {});
const recorded = (fact: string, text: string): KnownFactValue => valueOf(parse(fact, text));
const complete = (fact: string, given: string, detail: Detail, reply: string) => readDetailAnswer(detail, recorded(fact, given), reply, factOf(fact), context);
const usesOf = (outcome: ReturnType<typeof complete>) => (outcome.kind === 'value' && outcome.value.kind === 'medication' ? outcome.value.uses : undefined);

describe('the reply to a question about one detail of a medicine', () => {
  it('records when the dose last changed, or the same dose since the start', () => {
    const asked = { kind: 'doseSince', drug: 'prednisone' } as const;
    expect(usesOf(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', asked, DETAIL_ANSWERS.sameSinceStart))?.[0]).toMatchObject({ started: day('2026-01'), doseSince: day('2026-01') });
    expect(usesOf(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', asked, 'reduced 3 weeks ago'))?.[0]).toMatchObject({ doseSince: day('2026-05-25') });
    // Never before the start, and never the start when it is not given.
    expect(said(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', asked, 'in 2024'))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('before it was started') });
    expect(said(complete('corticosteroids', 'prednisone 10 mg daily', asked, 'same'))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('Since when') });
  });

  it('records a start, a stop and a daily dose, each checked against what is recorded', () => {
    expect(usesOf(complete('immunosuppressants', 'azathioprine 100 mg daily', { kind: 'started', drug: 'azathioprine' }, 'March 2026'))?.[0]).toMatchObject({ started: day('2026-03'), current: true });
    expect(usesOf(complete('immunosuppressants', 'MMF 1 g bd since 2025, stopped', { kind: 'stopped', drug: 'mycophenolate' }, '6 weeks ago'))?.[0]).toMatchObject({ stopped: day('2026-05-04'), current: false });
    expect(said(complete('immunosuppressants', 'MMF 1 g bd since May 2026, stopped', { kind: 'stopped', drug: 'mycophenolate' }, 'January 2026'))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('before it was started') });
    expect(usesOf(complete('immunosuppressants', 'azathioprine since 2025', { kind: 'dose', drug: 'azathioprine' }, '50 mg twice daily'))?.[0]).toMatchObject({ dailyDose: { low: 100, high: 100 } });
    expect(said(complete('immunosuppressants', 'azathioprine since 2025', { kind: 'dose', drug: 'azathioprine' }, '50 mg'))).toMatchObject({ kind: 'invalid', message: expect.stringContaining('daily dose') });
  });

  it('records the highest daily dose over the period asked, or the current dose as the highest', () => {
    const asked = { kind: 'highestDose', drug: 'prednisone', within: 'P3M' } as const;
    const from = daysBefore(TODAY, 'P3M');
    expect(usesOf(complete('corticosteroids', 'prednisone 7.5 mg daily, unchanged for 10 weeks', asked, '20 mg'))?.[0]?.highest).toEqual({ dailyDose: { low: 20, high: 20 }, from, to: TODAY });
    expect(usesOf(complete('corticosteroids', 'prednisone 7.5 mg daily, unchanged for 10 weeks', asked, DETAIL_ANSWERS.currentIsHighest))?.[0]?.highest).toEqual({ dailyDose: { low: 7.5, high: 7.5 }, from, to: TODAY });
    // As prednisone-equivalents, like every corticosteroid dose.
    expect(usesOf(complete('corticosteroids', 'methylpred 8 mg daily since 2025', { ...asked, drug: 'methylprednisolone' }, '16 mg'))?.[0]?.highest?.dailyDose).toEqual({ low: 20, high: 20 });
  });

  it('leaves the detail not given for "unknown" or nothing, and reads a reply naming a medicine as a new answer', () => {
    const asked = { kind: 'started', drug: 'azathioprine' } as const;
    expect(complete('immunosuppressants', 'azathioprine 100 mg daily', asked, 'unknown').kind).toBe('unknown');
    expect(complete('immunosuppressants', 'azathioprine 100 mg daily', asked, '  ').kind).toBe('unknown');
    expect(usesOf(complete('immunosuppressants', 'azathioprine 100 mg daily', asked, 'azathioprine 100 mg daily since March 2026, tacrolimus 2 mg bd since April 2026'))).toHaveLength(2);
  });
});

describe('the reply to a detail typed in Chinese', () => {
  it.each(['剂量一直未变', '没变', '未调整'])('"%s": the same dose since the start', (reply) => {
    const asked = { kind: 'doseSince', drug: 'prednisone' } as const;
    expect(usesOf(complete('corticosteroids', '泼尼松 10 mg 每日，2026年1月起', asked, reply))?.[0]).toMatchObject({ started: day('2026-01'), doseSince: day('2026-01') });
  });

  it.each(['就是目前剂量', '当前剂量', '同上'])('"%s": today\'s dose is the highest', (reply) => {
    const asked = { kind: 'highestDose', drug: 'prednisone', within: 'P3M' } as const;
    expect(usesOf(complete('corticosteroids', '泼尼松 10 mg 每日，2026年1月起', asked, reply))?.[0]?.highest?.dailyDose).toEqual({ low: 10, high: 10 });
  });
});

describe('the reply to a detail read as any answer is (review of the change)', () => {
  const highest = { kind: 'highestDose', drug: 'prednisone', within: 'P3M' } as const;
  it.each([['30 mg bid', 60], ['30 mg 每日两次', 60], ['30毫克', 30], ['20 mg', 20]])('the highest dose "%s" is %s mg a day', (reply, daily) => {
    expect(usesOf(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', highest, reply))?.[0]?.highest?.dailyDose).toEqual({ low: daily, high: daily });
  });

  it.each([[highest, 'maybe 30 mg'], [highest, '30 mg?'], [{ kind: 'started', drug: 'prednisone' } as const, 'I think March 2026'], [{ kind: 'started', drug: 'prednisone' } as const, '可能2026年3月']])(
    'a doubted detail (%o, "%s") is not given, never recorded as exact',
    (detail, reply) => {
      expect(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', detail, reply).kind).toBe('unknown');
    },
  );
});

describe('the reply to a question about an exact date or value', () => {
  it('is read as a new answer to the fact', () => {
    const date = readDetailAnswer({ kind: 'exactDate' }, recorded('diagnosis_date', '2025'), 'March 2025', factOf('diagnosis_date'), context);
    expect(date).toMatchObject({ kind: 'value', value: { kind: 'date', value: day('2025-03') } });
    const value = readDetailAnswer({ kind: 'exactValue' }, recorded('egfr', '> 60'), '72', factOf('egfr'), context);
    expect(value).toMatchObject({ kind: 'value', value: { kind: 'number', value: { low: 72, high: 72 } } });
  });
});

describe('a detail answer too long to be one', () => {
  it('is refused before it is read (200,000 characters took two minutes)', () => {
    const asked = { kind: 'dose', drug: 'prednisone' } as const;
    expect(complete('corticosteroids', 'prednisone 10 mg daily since January 2026', asked, '12 '.repeat(20_000))).toMatchObject({ kind: 'invalid', problem: { code: 'too-long' } });
  });
});
