import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock';
import { dateOfDay } from '../../src/dates/calendar';
import { RedisScreeningLog } from '../../src/screeningLog/redisScreeningLog';
import { RedisConnection } from '../../src/store/redisConnection';
import type { StoreOperation } from '../../src/store/stateStore';
import { redisServerMissing, startRedisServer, withRedis, type RedisServer } from '../support/redisServer';
import { screeningRows } from './rows';
import { screeningLogContract } from './screeningLogContract';

let server: RedisServer;
let prefixes = 0;
const connections: RedisConnection[] = [];

function connect(prefix = `log-${(prefixes += 1)}:`, onError?: (operation: StoreOperation) => void): RedisConnection {
  const connection = new RedisConnection(server.url, { onError }, prefix);
  connections.push(connection);
  return connection;
}

describe.skipIf(redisServerMissing !== undefined)(withRedis('RedisScreeningLog'), () => {
  beforeAll(async () => {
    server = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(connections.map((connection) => connection.close()));
    await server?.stop();
  });

  // Stream ids are the time Redis appends: the log's today has to be the real one.
  screeningLogContract(async (days) => ({ log: new RedisScreeningLog(connect(), days), today: systemClock() }));

  it('is one stream shared by every instance, one entry per row with the columns as fields', async () => {
    const [a, b] = [connect('shared:'), connect('shared:')];
    const today = systemClock();
    await new RedisScreeningLog(a, 365).record(screeningRows(today, 'msteams'));
    await new RedisScreeningLog(b, 365).record(screeningRows(today, 'webchat'));
    expect(await new RedisScreeningLog(a, 365).read()).toEqual([...screeningRows(today, 'msteams'), ...screeningRows(today, 'webchat')]);
    const entries = await a.client.xrange('shared:screening-log', '-', '+');
    expect(entries).toHaveLength(6);
    expect(entries[0]?.[1]).toEqual(['date', screeningRows(today)[0]?.date, 'studyId', 'nct03688191-ctd-tp', 'verdict', 'eligible', 'decidingCriterion', '', 'unknownFacts', '0', 'channel', 'msteams']);
  });

  it('trims entries appended more than SCREENING_LOG_DAYS days ago, when appending and when pruned', async () => {
    const connection = connect();
    const stream = connection.namedKey('screening-log');
    const today = systemClock();
    const appendedOn = async (daysAgo: number) => {
      const [row] = screeningRows(today - daysAgo);
      const id = `${dateOfDay(today - daysAgo).toMillis()}-0`;
      await connection.client.xadd(stream, id, ...Object.entries(row ?? {}).flatMap(([field, value]) => [field, String(value)]));
    };
    await appendedOn(40);
    await appendedOn(31);
    await appendedOn(30);
    const log = new RedisScreeningLog(connection, 30);
    await log.record(screeningRows(today));
    expect((await connection.client.xrange(stream, '-', '+')).map(([, fields]) => fields[1])).toEqual([
      screeningRows(today - 30)[0]?.date,
      ...screeningRows(today).map((row) => row.date),
    ]);
    // Five days on, the oldest entry is past its retention.
    await new RedisScreeningLog(connection, 30, () => today + 5).prune();
    expect((await connection.client.xrange(stream, '-', '+')).map(([, fields]) => fields[1])).toEqual(screeningRows(today).map((row) => row.date));
  });

  it('rejects an append Redis refuses inside the transaction, and counts it as a log error', async () => {
    const errors: StoreOperation[] = [];
    const connection = connect(undefined, (operation) => errors.push(operation));
    await connection.client.set(connection.namedKey('screening-log'), 'not a stream');
    await expect(new RedisScreeningLog(connection, 365).record(screeningRows(systemClock()))).rejects.toThrow(/WRONGTYPE/);
    expect(errors).toEqual(['log']);
  });

  it('counts a failed append as a log error and passes the error on', async () => {
    const own = await startRedisServer();
    const errors: StoreOperation[] = [];
    const connection = new RedisConnection(own.url, { onError: (operation) => errors.push(operation) });
    const log = new RedisScreeningLog(connection, 365);
    await log.record(screeningRows(systemClock()));
    await own.stop();
    await expect(log.record(screeningRows(systemClock()))).rejects.toThrow();
    await expect(log.read()).rejects.toThrow();
    expect(errors.filter((operation) => operation === 'log')).toHaveLength(2);
    await connection.close();
  });
});
