// CSV as RFC 4180 writes it: CRLF line ends; a field holding a comma, a quote, a line break or leading or
// trailing spaces is quoted, with its quotes doubled. Spreadsheets and `csvkit` read it as written.

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvLine(fields: readonly string[]): string {
  return `${fields.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replaceAll('"', '""')}"` : field)).join(',')}\r\n`;
}

/** The records of a CSV text (CRLF or LF line ends); throws on a quote left open. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('CSV text ends inside a quoted field');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}
