import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/dates/calendar';
import { statusReport } from '../../src/engine/staleness';
import { realCatalog, trialOf } from '../support/catalog';
import { warningText } from '../support/english';

const record = (asOf: string | undefined, completion: string[] = [], status = 'Recruiting') => ({
  ...trialOf(realCatalog(), 'nct06722586-apl-tp').record,
  recruitment: { status, ...(asOf ? { asOf: { date: asOf, label: 'Last Updated' } } : {}) },
  estimatedCompletion: completion.map((date) => ({ date, label: 'Study Completion Date' })),
});
const on = (day: string) => parseIsoDay(day);

describe('recruitment status staleness', () => {
  it('warns when the last verification is more than 12 months before the evaluation date, not at 12 months', () => {
    expect(statusReport(record('2025-11-21'), on('2026-11-21')).warnings).toEqual([]);
    expect(statusReport(record('2025-11-20'), on('2026-11-21')).warnings.map((w) => warningText(w)).join()).toMatch(/more than 12 months before 2026-11-21: status may be out of date — confirm with the contact/);
  });

  it('counts a month-only date to its last day', () => {
    expect(statusReport(record('2025-11'), on('2026-11-30')).warnings).toEqual([]);
    expect(statusReport(record('2025-11'), on('2026-12-01')).warnings).toHaveLength(1);
  });

  it('warns once an estimated completion date has passed', () => {
    expect(statusReport(record('2026-10-01', ['2027-12-31']), on('2026-11-21')).warnings).toEqual([]);
    expect(statusReport(record('2026-10-01', ['2026-07']), on('2026-11-21')).warnings.map((w) => warningText(w)).join()).toMatch(/Study Completion Date \(2026-07\) has passed/);
  });

  it('warns when the source gives no date, and when the status itself is "Unknown"', () => {
    const warnings = statusReport(record(undefined, [], 'Unknown'), on('2026-11-21')).warnings.map((w) => warningText(w)).join(' | ');
    expect(warnings).toMatch(/registry lists the status as "Unknown"/);
    expect(warnings).toMatch(/no date of last update or verification/);
  });

  it('carries the status as recorded and its date', () => {
    expect(statusReport(record('2025-07-04'), on('2026-11-21'))).toMatchObject({ recorded: 'Recruiting', asOf: { date: '2025-07-04' } });
  });
});
