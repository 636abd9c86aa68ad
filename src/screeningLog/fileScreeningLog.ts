import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { systemClock, type Clock } from '../clock';
import type { Day } from '../dates/calendar';
import { parseCsv } from './csv';
import { laterDate, oldestKeptDate } from './retention';
import type { ScreeningLog } from './screeningLog';
import { SCREENING_LOG_HEADER, screeningLogLines } from './screeningLogCsv';
import { SCREENING_LOG_COLUMNS, checkedRows, rowOfFields, type ScreeningLogRow } from './screeningLogRow';

// Only the service account reads it: the log holds no identifiers, but it is the site's record.
const FILE_MODE = 0o600;

/**
 * The pre-screening log as a CSV file (one instance: with a shared store the log is a Redis stream). Its folder
 * is created on the first row; the header is written once, when the file is new. Rows past their retention
 * are dropped on the first append of each day and by prune(), by rewriting the file and renaming it into
 * place, so a reader never sees half a file. Appends and prunes run one at a time.
 */
export class FileScreeningLog implements ScreeningLog {
  private queue: Promise<void> = Promise.resolve();
  private prunedOn: Day | undefined;

  constructor(
    private readonly file: string,
    private readonly days: number,
    private readonly clock: Clock = systemClock,
  ) {}

  async record(rows: readonly ScreeningLogRow[]): Promise<void> {
    const checked = checkedRows(rows);
    await this.enqueue(() => this.append(checked));
  }

  async read(since?: string): Promise<ScreeningLogRow[]> {
    await this.queue;
    const from = laterDate(oldestKeptDate(this.clock(), this.days), since);
    return (await this.load()).filter((row) => row.date >= from);
  }

  prune(): Promise<void> {
    return this.enqueue(() => this.pruneFor(this.clock()));
  }

  // A failed append or prune fails its own caller only; the ones queued after it still run.
  private enqueue(step: () => Promise<void>): Promise<void> {
    const done = this.queue.then(step);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async append(rows: readonly ScreeningLogRow[]): Promise<void> {
    if (rows.length === 0) return;
    const today = this.clock();
    if (this.prunedOn !== today) await this.pruneFor(today);
    await mkdir(path.dirname(this.file), { recursive: true });
    const header = (await this.size()) === 0 ? SCREENING_LOG_HEADER : '';
    await appendFile(this.file, header + screeningLogLines(rows), { mode: FILE_MODE });
  }

  private async pruneFor(today: Day): Promise<void> {
    const rows = await this.load();
    const from = oldestKeptDate(today, this.days);
    const kept = rows.filter((row) => row.date >= from);
    if (kept.length < rows.length) {
      const temporary = `${this.file}.${process.pid}.tmp`;
      await writeFile(temporary, SCREENING_LOG_HEADER + screeningLogLines(kept), { mode: FILE_MODE });
      await rename(temporary, this.file);
    }
    this.prunedOn = today;
  }

  private async size(): Promise<number> {
    try {
      return (await stat(this.file)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
  }

  private async load(): Promise<ScreeningLogRow[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const [header, ...records] = parseCsv(text);
    if (header === undefined) return [];
    if (header.join(',') !== SCREENING_LOG_COLUMNS.join(',')) {
      throw new Error(`${this.file} line 1: expected the pre-screening log's header ${SCREENING_LOG_COLUMNS.join(',')}`);
    }
    return records.map((fields, index) => {
      const where = `${this.file} line ${index + 2}`;
      if (fields.length !== SCREENING_LOG_COLUMNS.length) throw new Error(`${where}: expected ${SCREENING_LOG_COLUMNS.length} fields, found ${fields.length}`);
      return rowOfFields(Object.fromEntries(SCREENING_LOG_COLUMNS.map((column, i) => [column, fields[i]])), where);
    });
  }
}
