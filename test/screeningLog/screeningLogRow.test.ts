import { describe, expect, it } from 'vitest';
import { ScreeningLogRow, checkedRows } from '../../src/screeningLog/screeningLogRow';

const row = { date: '2026-11-22', studyId: 'nct04582136-sirius', verdict: 'ineligible', decidingCriterion: 'E12', unknownFacts: 1, channel: 'webchat' };

describe('a pre-screening log row', () => {
  it('holds a date, a study id, a verdict, a criterion id (or none), a count and a channel', () => {
    expect(ScreeningLogRow.parse(row)).toEqual(row);
    expect(ScreeningLogRow.parse({ ...row, verdict: 'needs-info', decidingCriterion: '', unknownFacts: 0 }).decidingCriterion).toBe('');
  });

  it.each([
    ['an answer as typed in the criterion', { decidingCriterion: 'Hb 8.5 g/dL' }, '→ at [0].decidingCriterion'],
    ['a sentence as the study id', { studyId: 'Patient John Smith, MRN 1234567' }, '→ at [0].studyId'],
    ['an answer as the channel', { channel: 'prednisone 15 mg daily' }, '→ at [0].channel'],
    ['a verdict the engine does not give', { verdict: 'probably' }, '→ at [0].verdict'],
    ['a date with a time', { date: '2026-11-22T10:31:00Z' }, '→ at [0].date'],
    ['a fractional count', { unknownFacts: 1.5 }, '→ at [0].unknownFacts'],
    ['a negative count', { unknownFacts: -1 }, '→ at [0].unknownFacts'],
    ['a conversation id', { conversationId: '19:abc@thread.v2' }, 'Unrecognized key: "conversationId"'],
    ['a user id', { userId: '29:1a2b' }, 'Unrecognized key: "userId"'],
    ['the answers', { answers: { platelets: 48 } }, 'Unrecognized key: "answers"'],
  ])('refuses %s, naming the field but not its content', (_what, change, named) => {
    let refusal = 'accepted';
    try {
      checkedRows([{ ...row, ...change }]);
    } catch (error) {
      refusal = (error as Error).message;
    }
    expect(refusal).toContain(named);
    for (const value of Object.values(change)) if (typeof value === 'string') expect(refusal).not.toContain(value);
  });

  it('takes no field that could carry free text: every field is a pattern of ids, digits and dashes', () => {
    for (const [field, schema] of Object.entries(ScreeningLogRow.shape)) {
      expect(schema.safeParse('free text, with spaces').success, field).toBe(false);
    }
  });
});
