import { systemClock, type Clock } from '../clock';
import { dateOfDay, parseIsoDay, type Day } from '../dates/calendar';
import type { RedisConnection } from '../store/redisConnection';
import { laterDate, oldestKeptDate, oldestKeptDay } from './retention';
import type { ScreeningLog } from './screeningLog';
import { SCREENING_LOG_COLUMNS, checkedRows, fieldsOfRow, rowOfFields, type ScreeningLogRow } from './screeningLogRow';

const STREAM = 'screening-log';
const PAGE = 1_000;

/** Midnight UTC starting `day`, in milliseconds since 1970 as stream ids count time. */
function startOf(day: Day): number {
  return dateOfDay(day).toMillis();
}

/**
 * The pre-screening log as a Redis stream shared by every instance: one entry per row, its fields the row's
 * columns. Entries past their retention are trimmed by id (XADD/XTRIM MINID), ids being the time of the append.
 */
export class RedisScreeningLog implements ScreeningLog {
  constructor(
    private readonly connection: RedisConnection,
    private readonly days: number,
    private readonly clock: Clock = systemClock,
  ) {}

  async record(rows: readonly ScreeningLogRow[]): Promise<void> {
    const checked = checkedRows(rows);
    if (checked.length === 0) return;
    const stream = this.connection.namedKey(STREAM);
    const minId = startOf(oldestKeptDay(this.clock(), this.days));
    // One screening's rows go in together, or not at all.
    await this.connection.command('log', async (client) => {
      const transaction = client.multi();
      for (const row of checked) {
        const fields = fieldsOfRow(row);
        transaction.xadd(stream, 'MINID', minId, '*', ...SCREENING_LOG_COLUMNS.flatMap((column, i) => [column, fields[i] ?? '']));
      }
      // EXEC reports each command's error beside its reply instead of rejecting.
      const replies = await transaction.exec();
      const failed = replies?.find(([error]) => error !== null)?.[0];
      if (replies === null || failed) throw failed ?? new Error('Redis aborted the pre-screening log append');
    });
  }

  async read(since?: string): Promise<ScreeningLogRow[]> {
    const from = laterDate(oldestKeptDate(this.clock(), this.days), since);
    // A row's date is the day its screening ended and its id the time Redis appended it: a day's margin covers both.
    let start = String(Math.max(0, startOf(parseIsoDay(from) - 1)));
    const rows: ScreeningLogRow[] = [];
    for (;;) {
      const entries = await this.connection.command('log', (client) => client.xrange(this.connection.namedKey(STREAM), start, '+', 'COUNT', PAGE));
      for (const [id, fields] of entries) {
        const row = rowOfFields(Object.fromEntries(pairs(fields)), `stream entry ${id}`);
        if (row.date >= from) rows.push(row);
      }
      const last = entries.at(-1);
      if (entries.length < PAGE || last === undefined) return rows;
      start = `(${last[0]}`;
    }
  }

  async prune(): Promise<void> {
    const minId = startOf(oldestKeptDay(this.clock(), this.days));
    await this.connection.command('log', (client) => client.xtrim(this.connection.namedKey(STREAM), 'MINID', minId));
  }
}

function pairs(flat: readonly string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) result.push([flat[i] as string, flat[i + 1] as string]);
  return result;
}
