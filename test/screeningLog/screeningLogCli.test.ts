import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { FileScreeningLog } from '../../src/screeningLog/fileScreeningLog';
import { RedisScreeningLog } from '../../src/screeningLog/redisScreeningLog';
import { SCREENING_LOG_HEADER, screeningLogLines } from '../../src/screeningLog/screeningLogCsv';
import { RedisConnection } from '../../src/store/redisConnection';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { screeningRows } from './rows';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const today = systemClock();
const [older, since, newer] = [screeningRows(today - 20, 'msteams'), screeningRows(today - 10, 'webchat'), screeningRows(today, 'msteams')];

// The store settings of the environment running the tests must not leak into the CLI's.
const STORE_VARIABLES = ['STATE_STORE', 'SCREENING_LOG', 'SCREENING_LOG_DAYS', 'STATE_IDLE_HOURS'];
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !STORE_VARIABLES.includes(name)));

/** `npm run screening-log -- args`, run in `cwd` (where it reads .env and resolves data/). */
function screeningLogCli(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(tsx, [path.join(root, 'src/cli/screeningLog.ts'), ...args], { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8' });
}

async function folderWithLog(file = 'data/screening-log.csv'): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), 'screening-log-cli-'));
  await new FileScreeningLog(path.join(folder, file), 365).record([...older, ...since, ...newer]);
  return folder;
}

describe('npm run screening-log', () => {
  it('prints the log as CSV from the --since day on, from data/screening-log.csv by default', async () => {
    const folder = await folderWithLog();
    const result = screeningLogCli(folder, ['--since', since[0]?.date ?? '']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(SCREENING_LOG_HEADER + screeningLogLines([...since, ...newer]));
  });

  it('prints every row kept without --since, and none past SCREENING_LOG_DAYS', async () => {
    const folder = await folderWithLog();
    expect(screeningLogCli(folder, []).stdout).toBe(SCREENING_LOG_HEADER + screeningLogLines([...older, ...since, ...newer]));
    expect(screeningLogCli(folder, [], { SCREENING_LOG_DAYS: '15' }).stdout).toBe(SCREENING_LOG_HEADER + screeningLogLines([...since, ...newer]));
  });

  it('reads SCREENING_LOG from .env, and the environment wins over .env', async () => {
    const folder = await folderWithLog('elsewhere/log.csv');
    writeFileSync(path.join(folder, '.env'), 'SCREENING_LOG=elsewhere/log.csv\nSCREENING_LOG_DAYS=15\n');
    expect(screeningLogCli(folder, []).stdout).toBe(SCREENING_LOG_HEADER + screeningLogLines([...since, ...newer]));
    expect(screeningLogCli(folder, [], { SCREENING_LOG: 'missing.csv' }).stdout).toBe(SCREENING_LOG_HEADER);
  });

  it('refuses a .env saved with a byte-order mark, naming the variable Node would otherwise leave unset', async () => {
    const folder = await folderWithLog('elsewhere/log.csv');
    // Read with the mark in its name, SCREENING_LOG would be unset and the default file's (empty) log printed.
    writeFileSync(path.join(folder, '.env'), '\uFEFFSCREENING_LOG=elsewhere/log.csv\n');
    const result = screeningLogCli(folder, []);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/SCREENING_LOG is read with a byte-order mark before its name: expected \.env saved as UTF-8 without a byte-order mark/);
  });

  it('refuses a --since that is not a date, and a bad setting, naming them', async () => {
    const folder = await folderWithLog();
    const badSince = screeningLogCli(folder, ['--since', '1 November']);
    expect(badSince.status).toBe(1);
    expect(badSince.stderr).toMatch(/^--since: "1 November" is not a calendar date \(expected YYYY-MM-DD\)/);
    const badDays = screeningLogCli(folder, [], { SCREENING_LOG_DAYS: 'a year' });
    expect(badDays.status).toBe(1);
    expect(badDays.stderr).toMatch(/expected a whole number of days from 1, such as 365\n {2}→ at SCREENING_LOG_DAYS/);
  });
});

describe.skipIf(redisServerMissing !== undefined)(withRedis('npm run screening-log with a Redis STATE_STORE'), () => {
  let server: RedisServer;
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('prints the stream every instance appends to', async () => {
    const connection = new RedisConnection(server.url);
    await new RedisScreeningLog(connection, 365).record([...older, ...since, ...newer]);
    await connection.close();
    const result = screeningLogCli(mkdtempSync(path.join(tmpdir(), 'screening-log-cli-')), ['--since', since[0]?.date ?? ''], { STATE_STORE: server.url });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(SCREENING_LOG_HEADER + screeningLogLines([...since, ...newer]));
  });
});
