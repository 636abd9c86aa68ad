import path from 'node:path';
import { HOUR_MS, type Clock } from '../clock';
import { DEFAULT_SCREENING_LOG, DEFAULT_SCREENING_LOG_DAYS, type StateStoreTarget, type StoreSettings } from '../config';
import { FileScreeningLog } from '../screeningLog/fileScreeningLog';
import { RedisScreeningLog } from '../screeningLog/redisScreeningLog';
import type { ScreeningLog } from '../screeningLog/screeningLog';
import { MemoryStateStore } from './memoryStateStore';
import { MemoryTurnLock } from './memoryTurnLock';
import { RedisConnection } from './redisConnection';
import { RedisStateStore } from './redisStateStore';
import { RedisTurnLock } from './redisTurnLock';
import type { StateStore, StoreHooks, TurnLock } from './stateStore';

/** Conversation state, the per-conversation turn lock and the pre-screening log, all in one place. */
export interface Stores {
  /** Its close() ends the lock's and the log's connection too. */
  state: StateStore;
  turnLock: TurnLock;
  screeningLog: ScreeningLog;
  /** The Redis connection every instance shares, for the stores of other modules (the intranet Web Chat channel's); none in memory. */
  redis?: RedisConnection;
}

export interface StoreOptions extends StoreHooks {
  /** The pre-screening log's today, for its retention; tests fix it. */
  clock?: Clock;
}

// One process: nothing at rest but the pre-screening log's file.
function memoryStores(settings: StoreSettings, { clock }: StoreOptions): Stores {
  return {
    state: new MemoryStateStore(settings.STATE_IDLE_HOURS * HOUR_MS),
    turnLock: new MemoryTurnLock(),
    screeningLog: new FileScreeningLog(path.resolve(settings.SCREENING_LOG ?? DEFAULT_SCREENING_LOG), logDays(settings), clock),
  };
}

// Every instance on one Redis, through one client per process.
function redisStores(url: string, settings: StoreSettings, options: StoreOptions): Stores {
  const connection = new RedisConnection(url, options);
  return {
    state: new RedisStateStore(connection, settings.STATE_IDLE_HOURS * HOUR_MS),
    turnLock: new RedisTurnLock(connection),
    screeningLog: new RedisScreeningLog(connection, logDays(settings), options.clock),
    redis: connection,
  };
}

function logDays(settings: StoreSettings): number {
  return settings.SCREENING_LOG_DAYS ?? DEFAULT_SCREENING_LOG_DAYS;
}

/** The stores STATE_STORE names (memory when unset). A Redis client connects in the background: see ping(). */
export function createStores(settings: StoreSettings, options: StoreOptions = {}): Stores {
  const target: StateStoreTarget = settings.STATE_STORE ?? { kind: 'memory' };
  switch (target.kind) {
    case 'memory':
      return memoryStores(settings, options);
    case 'redis':
      return redisStores(target.url, settings, options);
  }
}
