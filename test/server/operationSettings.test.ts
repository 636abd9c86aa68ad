import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { listenHost, unauthenticatedWarning } from '../../src/operations/listenAddress';
import { configErrorOf } from '../support/configError';

const APP = { MicrosoftAppId: 'b1c2d3e4-0000-4000-8000-000000000001', MicrosoftAppPassword: 'pw' };

describe('where the server listens', () => {
  it('binds 127.0.0.1 without an app id (no authentication), and warns that authentication is off', () => {
    const config = loadConfig({});
    expect(listenHost(config)).toBe('127.0.0.1');
    expect(unauthenticatedWarning(config, listenHost(config))).toMatch(/^authentication is off .*accepts any caller on this machine$/);
  });

  it('binds HOST when set, and warns louder when that exposes an unauthenticated bot', () => {
    const config = loadConfig({ HOST: '0.0.0.0' });
    expect(listenHost(config)).toBe('0.0.0.0');
    expect(unauthenticatedWarning(config, listenHost(config))).toMatch(/HOST exposes the server beyond this machine/);
  });

  it.each(['127.0.0.2', '127.1.2.3', '::1', 'localhost'])('calls HOST=%s this machine only, as all of 127.0.0.0/8 is', (host) => {
    const config = loadConfig({ HOST: host });
    expect(unauthenticatedWarning(config, listenHost(config))).toMatch(/accepts any caller on this machine$/);
  });

  it('binds every interface with an app id, and does not warn', () => {
    const config = loadConfig(APP);
    expect(listenHost(config)).toBeUndefined();
    expect(unauthenticatedWarning(config, listenHost(config))).toBeUndefined();
  });

  it.each(['127.0.0.1', '::', '::1', 'localhost', 'bot.intranet.example'])('accepts HOST=%s', (host) => {
    expect(loadConfig({ HOST: host }).HOST).toBe(host);
  });

  it.each(['http://0.0.0.0', '0.0.0.0:3978', 'a b', '-bad.example'])('refuses HOST=%s naming it', (host) => {
    expect(configErrorOf({ HOST: host })).toMatch(/expected an IP address[^\n]*\n\s+→ at HOST/);
  });
});

describe('LOG_LEVEL', () => {
  it('reads pino levels in any letter case, info by default', () => {
    expect(loadConfig({}).LOG_LEVEL).toBe('info');
    expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).LOG_LEVEL).toBe('debug');
    expect(loadConfig({ LOG_LEVEL: 'silent' }).LOG_LEVEL).toBe('silent');
  });

  it('refuses another word, listing the levels', () => {
    expect(configErrorOf({ LOG_LEVEL: 'verbose' })).toMatch(/expected one of fatal, error, warn, info, debug, trace, silent\n\s+→ at LOG_LEVEL/);
  });
});

describe('address lists (METRICS_ALLOW, TRUSTED_PROXIES)', () => {
  it('read addresses and CIDR ranges separated by spaces or commas', () => {
    expect(loadConfig({ METRICS_ALLOW: '10.0.0.0/8, 192.168.1.5 ::1,fd00::/8' }).METRICS_ALLOW).toEqual(['10.0.0.0/8', '192.168.1.5', '::1', 'fd00::/8']);
    expect(loadConfig({ TRUSTED_PROXIES: '10.1.2.3' }).TRUSTED_PROXIES).toEqual(['10.1.2.3']);
  });

  it('take prefixes up to the family’s length, not beyond', () => {
    expect(loadConfig({ METRICS_ALLOW: '10.0.0.1/32 ::1/128' }).METRICS_ALLOW).toEqual(['10.0.0.1/32', '::1/128']);
    for (const entry of ['10.0.0.1/33', '::1/129', '10.0.0.0/', '10.0.0.0/8/8']) {
      expect(configErrorOf({ METRICS_ALLOW: entry })).toMatch(/expected IP addresses or CIDR ranges[^\n]*\n\s+→ at METRICS_ALLOW/);
    }
  });

  it('refuse names, which would be resolved nowhere', () => {
    expect(configErrorOf({ TRUSTED_PROXIES: 'proxy.intranet' })).toMatch(/→ at TRUSTED_PROXIES/);
  });
});

describe('deadlines and limits', () => {
  it('take fractions of seconds, and 0 only for the shutdown delay', () => {
    expect(loadConfig({ REPLY_TIMEOUT_SECONDS: '0.5', SHUTDOWN_DELAY_SECONDS: '0' })).toMatchObject({ REPLY_TIMEOUT_SECONDS: 0.5, SHUTDOWN_DELAY_SECONDS: 0 });
    expect(configErrorOf({ REPLY_TIMEOUT_SECONDS: '0' })).toMatch(/→ at REPLY_TIMEOUT_SECONDS/);
    expect(configErrorOf({ SHUTDOWN_TIMEOUT_SECONDS: '0' })).toMatch(/→ at SHUTDOWN_TIMEOUT_SECONDS/);
    expect(configErrorOf({ SHUTDOWN_DELAY_SECONDS: '-1' })).toMatch(/→ at SHUTDOWN_DELAY_SECONDS/);
  });

  it('take per-minute limits from 1', () => {
    expect(loadConfig({ WEBCHAT_TOKENS_PER_MINUTE: '1', WEBCHAT_REQUESTS_PER_MINUTE: '1', WEBCHAT_POSTS_PER_MINUTE: '1' })).toMatchObject({
      WEBCHAT_TOKENS_PER_MINUTE: 1,
      WEBCHAT_REQUESTS_PER_MINUTE: 1,
      WEBCHAT_POSTS_PER_MINUTE: 1,
    });
    for (const name of ['WEBCHAT_TOKENS_PER_MINUTE', 'WEBCHAT_REQUESTS_PER_MINUTE', 'WEBCHAT_POSTS_PER_MINUTE']) {
      expect(configErrorOf({ [name]: '0' })).toMatch(new RegExp(`→ at ${name}`));
      expect(configErrorOf({ [name]: '1.5' })).toMatch(new RegExp(`→ at ${name}`));
    }
  });
});
