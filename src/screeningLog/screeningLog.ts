import type { ScreeningLogRow } from './screeningLogRow';

/** The pre-screening log: what was screened, when, the outcome and why, without any identifier. */
export interface ScreeningLog {
  /** Appends the rows of one finished screening (one per study); refuses a row that is not a valid row. */
  record(rows: readonly ScreeningLogRow[]): Promise<void>;
  /** Rows from `since` (YYYY-MM-DD) on, oldest first, rows past their retention left out. */
  read(since?: string): Promise<ScreeningLogRow[]>;
  /** Drops rows older than the retention; recording does it too, on the first append of each day. */
  prune(): Promise<void>;
}
