import { describe, expect, it } from 'vitest';
import { csvLine, parseCsv } from '../../src/screeningLog/csv';

describe('CSV', () => {
  it('writes plain fields as they are, comma-separated, with CRLF', () => {
    expect(csvLine(['2026-11-22', 'nct03688191-ctd-tp', '', '0'])).toBe('2026-11-22,nct03688191-ctd-tp,,0\r\n');
  });

  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote, doubled', 'say "no"', '"say ""no"""'],
    ['a line feed', 'a\nb', '"a\nb"'],
    ['a carriage return', 'a\rb', '"a\rb"'],
    ['a leading space', ' a', '" a"'],
    ['a trailing space', 'a ', '"a "'],
  ])('quotes a field holding %s', (_what, field, written) => {
    expect(csvLine(['x', field])).toBe(`x,${written}\r\n`);
  });

  it('reads back what it writes, quoted fields included, with CRLF or LF line ends', () => {
    const records = [
      ['date', 'note'],
      ['2026-11-22', 'a,b "c"\r\nd'],
      ['', ' padded '],
    ];
    const text = records.map(csvLine).join('');
    expect(parseCsv(text)).toEqual(records);
    expect(parseCsv(text.replaceAll('\r\n', '\n').replace('"a,b ""c""\nd"', '"a,b ""c""\r\nd"'))).toEqual(records);
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('refuses a text that ends inside a quoted field', () => {
    expect(() => parseCsv('a,"b\r\n')).toThrow('CSV text ends inside a quoted field');
  });
});
