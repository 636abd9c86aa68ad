import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readSettings, StoreSettings } from '../config';
import { parseIsoDay } from '../dates/calendar';
import { SCREENING_LOG_HEADER, screeningLogLines } from '../screeningLog/screeningLogCsv';
import { createStores } from '../store/createStores';

/**
 * Prints the pre-screening log as CSV, from whichever store STATE_STORE names: the CSV file (SCREENING_LOG) or
 * the Redis stream. Settings come from the environment, then from ./.env for what the environment leaves unset.
 *   npm run screening-log -- --since 2026-11-01
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { since: { type: 'string' } } });
  if (values.since !== undefined) {
    try {
      parseIsoDay(values.since);
    } catch (error) {
      console.error(`--since: ${(error as Error).message}`);
      return 1;
    }
  }
  if (existsSync('.env')) process.loadEnvFile('.env');
  let settings: StoreSettings;
  try {
    settings = readSettings(StoreSettings, process.env);
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
  const { state, screeningLog } = createStores(settings);
  try {
    const rows = await screeningLog.read(values.since);
    process.stdout.write(SCREENING_LOG_HEADER + screeningLogLines(rows));
    return 0;
  } catch (error) {
    console.error(`could not read the pre-screening log: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await state.close();
  }
}

void main().then((status) => {
  process.exitCode = status;
});
