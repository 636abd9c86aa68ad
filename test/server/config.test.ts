import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppConfig, loadConfig } from '../../src/config';
import { configErrorOf } from '../support/configError';

/** What the operation settings (src/operations/settings.ts) default to. */
const OPERATION_DEFAULTS = {
  LOG_LEVEL: 'info',
  METRICS_ALLOW: ['127.0.0.1', '::1'],
  TRUSTED_PROXIES: [],
  REPLY_TIMEOUT_SECONDS: 15,
  SHUTDOWN_DELAY_SECONDS: 2,
  SHUTDOWN_TIMEOUT_SECONDS: 20,
  WEBCHAT_TOKENS_PER_MINUTE: 30,
  WEBCHAT_REQUESTS_PER_MINUTE: 600,
  WEBCHAT_POSTS_PER_MINUTE: 60,
};

describe('loadConfig', () => {
  it('defaults to a multi-tenant bot without authentication on port 3978', () => {
    const config = loadConfig({});
    expect(config).toEqual({ BOT_SDK: 'botbuilder', MicrosoftAppType: 'MultiTenant', PORT: 3978, QUESTION_GROUP_SIZE: 6, STATE_IDLE_HOURS: 12, ...OPERATION_DEFAULTS });
    // An empty MicrosoftAppId is what makes the adapter accept unauthenticated requests (Emulator mode).
    expect(config.MicrosoftAppId).toBeUndefined();
  });

  it('treats empty variables as unset, as `.env` files write them', () => {
    const config = loadConfig({ MicrosoftAppId: '', MicrosoftAppPassword: '  ', MicrosoftAppType: '', PORT: '' });
    expect(config).toEqual({ BOT_SDK: 'botbuilder', MicrosoftAppType: 'MultiTenant', PORT: 3978, QUESTION_GROUP_SIZE: 6, STATE_IDLE_HOURS: 12, ...OPERATION_DEFAULTS });
  });

  it('reads every variable and ignores unrelated ones', () => {
    const config = loadConfig({
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: ' 0b7d5f1e-3c2a-4c55-9d0e-5f7f4d2a9c11 ',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
      PORT: '8080',
      DIRECT_LINE_SECRET: 'dl-secret',
      HOME: '/root',
    });
    expect(config).toEqual({
      BOT_SDK: 'botbuilder',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppId: '0b7d5f1e-3c2a-4c55-9d0e-5f7f4d2a9c11',
      MicrosoftAppPassword: 'secret',
      MicrosoftAppTenantId: 'contoso.onmicrosoft.com',
      PORT: 8080,
      DIRECT_LINE_SECRET: 'dl-secret',
      QUESTION_GROUP_SIZE: 6,
      STATE_IDLE_HOURS: 12,
      ...OPERATION_DEFAULTS,
    });
    expect(config.MicrosoftAppId).toBeDefined();
  });

  it('accepts port 0 and 65535', () => {
    expect(loadConfig({ PORT: '0' }).PORT).toBe(0);
    expect(loadConfig({ PORT: '65535' }).PORT).toBe(65535);
  });

  it.each(['abc', '70000', '65536', '-1', '80.5', '3978abc', '0x50', '1e3'])(
    'rejects PORT=%s with a message naming PORT, instead of falling back',
    (value) => {
      const message = configErrorOf({ PORT: value });
      expect(message).toMatch(/→ at PORT/);
      expect(message).toMatch(/expected an integer from 0 to 65535/);
    },
  );

  it('reads STATE_IDLE_HOURS as hours, fractions allowed', () => {
    expect(loadConfig({ STATE_IDLE_HOURS: '0.5' }).STATE_IDLE_HOURS).toBe(0.5);
    expect(loadConfig({ STATE_IDLE_HOURS: ' 48 ' }).STATE_IDLE_HOURS).toBe(48);
  });

  it.each(['0', '-1', 'abc', '12h', '1e3'])('rejects STATE_IDLE_HOURS=%s with a message naming it', (value) => {
    const message = configErrorOf({ STATE_IDLE_HOURS: value });
    expect(message).toMatch(/→ at STATE_IDLE_HOURS/);
    expect(message).toMatch(/expected a number of hours greater than 0/);
  });

  it('refuses a variable read with a byte-order mark before its name (a .env saved with one), naming it', () => {
    expect(configErrorOf({ '\uFEFFMicrosoftAppType': 'SingleTenant', PORT: '3978' })).toBe(
      'Invalid configuration:\n✖ MicrosoftAppType is read with a byte-order mark before its name: expected .env saved as UTF-8 without a byte-order mark',
    );
  });

  it('rejects an unknown MicrosoftAppType and lists the allowed ones', () => {
    const message = configErrorOf({ MicrosoftAppType: 'AnyTenant' });
    expect(message).toMatch(/→ at MicrosoftAppType/);
    expect(message).toMatch(/MultiTenant, SingleTenant, UserAssignedMSI/);
  });

  it('accepts the app type in any letter case, as the SDK does, and normalizes it', () => {
    const config = loadConfig({ MicrosoftAppType: 'userassignedmsi', MicrosoftAppId: 'id', MicrosoftAppTenantId: 't' });
    expect(config.MicrosoftAppType).toBe('UserAssignedMSI');
  });

  it('names each bad variable in one error', () => {
    const message = configErrorOf({ MicrosoftAppType: 'SingleTenant', PORT: 'nope' });
    for (const name of ['PORT', 'MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId']) {
      expect(message).toContain(`→ at ${name}`);
    }
  });

  it('requires a password with a multi-tenant app id', () => {
    expect(configErrorOf({ MicrosoftAppId: 'id' })).toMatch(/required when MicrosoftAppId is set\n\s+→ at MicrosoftAppPassword/);
  });

  it('refuses a password without an app id, which would silently disable authentication', () => {
    expect(configErrorOf({ MicrosoftAppPassword: 'secret' })).toMatch(/→ at MicrosoftAppId/);
  });

  it('chooses the SDK by BOT_SDK, botbuilder unless told, and names the allowed ones for anything else', () => {
    expect(loadConfig({}).BOT_SDK).toBe('botbuilder');
    expect(loadConfig({ BOT_SDK: 'agents' }).BOT_SDK).toBe('agents');
    const message = configErrorOf({ BOT_SDK: 'teams-ai' });
    expect(message).toMatch(/→ at BOT_SDK/);
    expect(message).toMatch(/expected one of botbuilder, agents/);
  });

  it('requires an app id with the Agents SDK in production, which refuses to run without one there', () => {
    expect(configErrorOf({ BOT_SDK: 'agents', NODE_ENV: 'production' })).toMatch(/required when BOT_SDK is agents and NODE_ENV is production[\s\S]*→ at MicrosoftAppId/);
    expect(loadConfig({ BOT_SDK: 'botbuilder', NODE_ENV: 'production' }).MicrosoftAppId).toBeUndefined();
  });

  it('refuses a password for a managed identity', () => {
    const message = configErrorOf({
      MicrosoftAppType: 'UserAssignedMSI',
      MicrosoftAppId: 'id',
      MicrosoftAppTenantId: 't',
      MicrosoftAppPassword: 'secret',
    });
    expect(message).toMatch(/must be empty when MicrosoftAppType is UserAssignedMSI\n\s+→ at MicrosoftAppPassword/);
  });

  it('never puts a secret value in the error message', () => {
    const message = configErrorOf({ MicrosoftAppType: 'SingleTenant', MicrosoftAppPassword: 'hunter2-secret', PORT: 'x' });
    expect(message).not.toContain('hunter2-secret');
  });

  it('exports the schema under the type name', () => {
    const parsed: AppConfig = AppConfig.parse({ PORT: '1234' });
    expect(parsed.PORT).toBe(1234);
  });
});

describe('.env.example', () => {
  const lines = readFileSync(join(__dirname, '../../.env.example'), 'utf8').split('\n');
  const settings = lines.filter((line) => /^\w+=/.test(line));

  /** Read by `npm run teams:package` only, not by the running bot. */
  const packagingOnly = ['BOT_DOMAIN', 'TEAMS_APP_ID', 'TEAMS_WEBSITE_URL', 'TEAMS_PRIVACY_URL', 'TEAMS_TERMS_URL'];

  it('lists every variable the configuration reads, each under a comment', () => {
    const names = settings.map((line) => line.split('=')[0]);
    expect(names).toEqual([...Object.keys(AppConfig.shape), ...packagingOnly]);
    for (const setting of settings) expect(lines[lines.indexOf(setting) - 1]).toMatch(/^# \S/);
  });

  it('is itself a valid configuration', () => {
    const env = Object.fromEntries(settings.map((line) => [line.split('=')[0], line.slice(line.indexOf('=') + 1)]));
    expect(loadConfig(env)).toEqual({ BOT_SDK: 'botbuilder', MicrosoftAppType: 'MultiTenant', PORT: 3978, QUESTION_GROUP_SIZE: 6, STATE_IDLE_HOURS: 12, ...OPERATION_DEFAULTS });
  });
});
