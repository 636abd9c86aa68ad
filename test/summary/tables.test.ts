import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../../src/dates/calendar';
import { askedAbout, read, valueOf } from './read';

const point = (n: number) => ({ low: n, high: n });

describe('lab tables in a pasted summary', () => {
  it('reads a row under dated columns in the column titled latest, or of the latest date', () => {
    const reading = read(
      ['Item            Mar-26     Jun-26     Sep-26 (latest)', '24h UTP         3.2 g      1.9 g      860 mg', 'eGFR            71         83         92', 'PLT (10^9/L)    88         112        131'].join('\n'),
      parseIsoDay('2026-10-12'),
    );
    expect(valueOf(reading, 'urine_protein_24h')).toMatchObject({ value: point(0.86) });
    expect(valueOf(reading, 'egfr')).toMatchObject({ value: point(92) });
    expect(valueOf(reading, 'platelets')).toMatchObject({ value: point(131) });
  });

  it('takes the ULN column for a value relative to it, and the unit in the row name\'s bracket', () => {
    const reading = read(['                     ULN     04-Aug-26   18-Aug-26   30-Aug-26', '  ALT (U/L)           40        122          96          64', '  Hb (g/L)            —         101         105         109'].join('\n'), parseIsoDay('2026-09-01'));
    expect(valueOf(reading, 'alt_uln')).toMatchObject({ value: point(1.6) });
    expect(valueOf(reading, 'hemoglobin')).toMatchObject({ value: point(109) });
  });

  it('reads the result column beside a reference column, and asks a row whose columns have no dated or latest title', () => {
    const table = ['                         Result        Ref', 'ALT                    35 U/L        7–40', 'PLT                    61            125–350           L'].join('\n');
    expect(valueOf(read(table), 'alt_uln')).toMatchObject({ value: point(0.875) });
    expect(valueOf(read(table), 'platelets')).toMatchObject({ value: point(61) });
    askedAbout(read(['                 A        B', 'eGFR             71       83'].join('\n')), 'egfr');
  });

  it('reads each value of a panel whose names are a bar or a slash apart', () => {
    expect(valueOf(read('PLT 62 / Hb 104 / WBC 3.3'), 'hemoglobin')).toMatchObject({ value: point(104) });
    expect(valueOf(read('Hgb 11.9 g/dL | Plt 98 K/uL'), 'platelets')).toMatchObject({ value: point(98) });
  });
});
