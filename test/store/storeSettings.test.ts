import { describe, expect, it } from 'vitest';
import { StoreSettings, loadConfig } from '../../src/config';
import { configErrorOf } from '../support/configError';

const SECRET = 'k'.repeat(32);

describe('store settings', () => {
  it('leaves STATE_STORE, SCREENING_LOG and SCREENING_LOG_DAYS unset by default: memory, data/screening-log.csv, 365 days', () => {
    const config = loadConfig({});
    expect(config.STATE_STORE).toBeUndefined();
    expect(config.SCREENING_LOG).toBeUndefined();
    expect(config.SCREENING_LOG_DAYS).toBeUndefined();
  });

  it.each([
    ['memory', { kind: 'memory' }],
    ['redis://127.0.0.1:6379', { kind: 'redis', url: 'redis://127.0.0.1:6379' }],
    ['redis://cache.internal:6380/2', { kind: 'redis', url: 'redis://cache.internal:6380/2' }],
    ['rediss://:s3cret@cache.internal:6380/15', { kind: 'redis', url: 'rediss://:s3cret@cache.internal:6380/15' }],
    [' redis://cache.internal ', { kind: 'redis', url: 'redis://cache.internal' }],
  ])('reads STATE_STORE=%s', (value, target) => {
    expect(loadConfig({ STATE_STORE: value, WEBCHAT_TOKEN_SECRET: SECRET }).STATE_STORE).toEqual(target);
  });

  it.each(['Memory', 'redis', 'redis://', 'http://cache.internal:6379', 'redis://cache.internal:6379/db', 'redis://cache.internal:6379/100', 'redis://cache.internal?db=2', 'cache.internal:6379'])(
    'refuses STATE_STORE=%s at start, naming the variable and what is expected',
    (value) => {
      const message = configErrorOf({ STATE_STORE: value, WEBCHAT_TOKEN_SECRET: SECRET });
      expect(message).toMatch(/expected "memory" or a Redis URL such as redis:\/\/cache\.internal:6379 .*\n {2}→ at STATE_STORE/);
    },
  );

  it('never repeats a refused STATE_STORE, which may hold a password', () => {
    expect(configErrorOf({ STATE_STORE: 'redis://:hunter2-password@cache.internal:6379/db' })).not.toContain('hunter2');
  });

  it('requires WEBCHAT_TOKEN_SECRET with a Redis STATE_STORE, and not in memory', () => {
    expect(configErrorOf({ STATE_STORE: 'redis://cache.internal:6379' })).toMatch(
      /required when STATE_STORE is a Redis URL \(every instance signs and checks Web Chat tokens with it\)\n {2}→ at WEBCHAT_TOKEN_SECRET/,
    );
    expect(loadConfig({ STATE_STORE: 'memory' }).WEBCHAT_TOKEN_SECRET).toBeUndefined();
  });

  it('refuses a WEBCHAT_TOKEN_SECRET shorter than 32 characters, and takes one of 32, without repeating it', () => {
    const message = configErrorOf({ STATE_STORE: 'redis://cache.internal:6379', WEBCHAT_TOKEN_SECRET: 'k'.repeat(31) });
    expect(message).toMatch(/expected at least 32 characters, such as the output of `openssl rand -base64 48`\n {2}→ at WEBCHAT_TOKEN_SECRET/);
    expect(message).not.toContain('k'.repeat(31));
    expect(configErrorOf({ WEBCHAT_TOKEN_SECRET: 'k'.repeat(31) })).toMatch(/→ at WEBCHAT_TOKEN_SECRET/);
    expect(loadConfig({ STATE_STORE: 'redis://cache.internal:6379', WEBCHAT_TOKEN_SECRET: SECRET }).WEBCHAT_TOKEN_SECRET).toBe(SECRET);
  });

  it('refuses SCREENING_LOG with a Redis STATE_STORE, where the log is a stream', () => {
    expect(configErrorOf({ STATE_STORE: 'redis://cache.internal:6379', WEBCHAT_TOKEN_SECRET: SECRET, SCREENING_LOG: 'log.csv' })).toMatch(
      /must be empty when STATE_STORE is a Redis URL .*\n {2}→ at SCREENING_LOG/,
    );
    expect(loadConfig({ SCREENING_LOG: 'log.csv' }).SCREENING_LOG).toBe('log.csv');
  });

  it('reads SCREENING_LOG_DAYS from 1 day, and refuses 0 and what is not a whole number', () => {
    expect(loadConfig({ SCREENING_LOG_DAYS: '1' }).SCREENING_LOG_DAYS).toBe(1);
    expect(loadConfig({ SCREENING_LOG_DAYS: ' 730 ' }).SCREENING_LOG_DAYS).toBe(730);
    for (const value of ['0', '-1', '1.5', 'a year']) {
      expect(configErrorOf({ SCREENING_LOG_DAYS: value })).toMatch(/expected a whole number of days from 1, such as 365\n {2}→ at SCREENING_LOG_DAYS/);
    }
  });

  it('gives tools the store settings alone, whatever the rest of the environment holds', () => {
    const settings = StoreSettings.parse({ STATE_STORE: 'redis://cache.internal:6379', MicrosoftAppPassword: 'password-without-an-id', PORT: 'not a port' });
    expect(settings).toEqual({ STATE_STORE: { kind: 'redis', url: 'redis://cache.internal:6379' }, STATE_IDLE_HOURS: 12 });
  });
});
