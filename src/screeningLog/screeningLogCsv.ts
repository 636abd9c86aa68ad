import { csvLine } from './csv';
import { SCREENING_LOG_COLUMNS, fieldsOfRow, type ScreeningLogRow } from './screeningLogRow';

/** The pre-screening log's CSV header line. */
export const SCREENING_LOG_HEADER = csvLine(SCREENING_LOG_COLUMNS);

/** Rows as CSV lines, without the header. */
export function screeningLogLines(rows: readonly ScreeningLogRow[]): string {
  return rows.map((row) => csvLine(fieldsOfRow(row))).join('');
}
