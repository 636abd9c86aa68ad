import { z } from 'zod';
import { operationSettings } from './operations/settings';
import { blankAsUndefined, DECIMAL_DIGITS, numberSetting, optionalNumberSetting, WHOLE_DIGITS } from './settingText';

const optionalSetting = z.preprocess(blankAsUndefined, z.string().trim().optional());

/** Azure's Direct Line service; DIRECT_LINE_ENDPOINT overrides it (a regional endpoint, or a local stub in tests). */
export const DEFAULT_DIRECT_LINE_ENDPOINT = 'https://directline.botframework.com';

// An origin only: the server appends /v3/directline/…, and the CSP's connect-src allows exactly this origin.
const directLineEndpoint = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://directline.botframework.com' }))
    .transform((url) => new URL(url))
    .refine((url) => url.pathname === '/' && url.search === '' && url.hash === '', {
      error: 'expected an origin without a path, query or fragment, such as https://europe.directline.botframework.com',
    })
    .transform((url) => url.origin)
    .optional(),
);

// CSP frame-ancestors sources: 'self', 'none', or http(s) origins (a leading *. for subdomains). Anything else,
// such as ';' or a newline, could smuggle other directives into the header.
const FRAME_ANCESTOR = /^(?:'self'|'none'|https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?)$/i;

const frameAncestors = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .transform((value) => value.split(/\s+/))
    .refine((sources) => sources.every((source) => FRAME_ANCESTOR.test(source)), {
      error: "expected space-separated sources: 'self', 'none', or origins such as https://intranet.example.org",
    })
    .refine((sources) => !sources.includes("'none'") || sources.length === 1, { error: "expected 'none' alone" })
    .optional(),
);

/** The SDKs the Bot Framework surface (src/botframework) runs on; botbuilder unless BOT_SDK says otherwise. */
export const BOT_SDKS = ['botbuilder', 'agents'] as const;
export type BotSdk = (typeof BOT_SDKS)[number];

const botSdk = z.preprocess(blankAsUndefined, z.enum(BOT_SDKS, { error: `expected one of ${BOT_SDKS.join(', ')}` }).default('botbuilder'));

const APP_TYPES = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;

// The SDK compares app types case-insensitively; accept the same spellings, keep the canonical one.
const appType = z.preprocess(
  (value) => {
    const text = blankAsUndefined(value);
    if (typeof text !== 'string') return text;
    return APP_TYPES.find((known) => known.toLowerCase() === text.trim().toLowerCase()) ?? text;
  },
  z.enum(APP_TYPES, { error: `expected one of ${APP_TYPES.join(', ')}` }).default('MultiTenant'),
);

const PORT_EXPECTATION = 'expected an integer from 0 to 65535';

const port = numberSetting(/^\d{1,5}$/, PORT_EXPECTATION, z.number().int().max(65535, PORT_EXPECTATION), 3978);

/** Hours without a turn after which a conversation's state is forgotten, unless STATE_IDLE_HOURS says otherwise. */
export const DEFAULT_STATE_IDLE_HOURS = 12;

const HOURS_EXPECTATION = 'expected a number of hours greater than 0, such as 12 or 0.5';

const stateIdleHours = numberSetting(DECIMAL_DIGITS, HOURS_EXPECTATION, z.number().positive(HOURS_EXPECTATION), DEFAULT_STATE_IDLE_HOURS);

/** Questions asked on one card at most, unless QUESTION_GROUP_SIZE says otherwise (1 asks one at a time). */
export const DEFAULT_QUESTION_GROUP_SIZE = 6;

const GROUP_SIZE_EXPECTATION = 'expected a whole number of questions per card from 1 (one at a time) to 12, such as 6';

const questionGroupSize = numberSetting(
  /^\d{1,2}$/,
  GROUP_SIZE_EXPECTATION,
  z.number().int().min(1, GROUP_SIZE_EXPECTATION).max(12, GROUP_SIZE_EXPECTATION),
  DEFAULT_QUESTION_GROUP_SIZE,
);

const STATE_STORE_EXPECTATION = 'expected "memory" or a Redis URL such as redis://cache.internal:6379 or redis://cache.internal:6379/2 (rediss:// for TLS)';

function stateStoreTarget(text: string): { kind: 'memory' } | { kind: 'redis'; url: string } | undefined {
  if (text === 'memory') return { kind: 'memory' };
  if (!URL.canParse(text)) return undefined;
  const url = new URL(text);
  const database = url.pathname === '' || url.pathname === '/' || /^\/\d{1,2}$/.test(url.pathname);
  const redis = url.protocol === 'redis:' || url.protocol === 'rediss:';
  return redis && url.hostname !== '' && database && url.search === '' && url.hash === '' ? { kind: 'redis', url: text } : undefined;
}

// Where conversation state, the turn lock and the pre-screening log live; unset = memory. The URL may hold a
// password, so the message says what is expected and never repeats the value.
const stateStore = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .transform((text, ctx) => {
      const target = stateStoreTarget(text);
      if (target === undefined) ctx.addIssue({ code: 'custom', message: STATE_STORE_EXPECTATION });
      return target ?? z.NEVER;
    })
    .optional(),
);
export type StateStoreTarget = NonNullable<z.infer<typeof stateStore>>;

/** The pre-screening log's CSV file when STATE_STORE is memory, unless SCREENING_LOG says otherwise. */
export const DEFAULT_SCREENING_LOG = 'data/screening-log.csv';

/** Days a pre-screening log row is kept, unless SCREENING_LOG_DAYS says otherwise: a year of recruitment. */
export const DEFAULT_SCREENING_LOG_DAYS = 365;

const DAYS_EXPECTATION = 'expected a whole number of days from 1, such as 365';

const screeningLogDays = optionalNumberSetting(WHOLE_DIGITS, DAYS_EXPECTATION, z.number().int().min(1, DAYS_EXPECTATION));

const storeSettings = {
  // A conversation's state (the screening's answers) is forgotten after this many hours without a turn.
  STATE_IDLE_HOURS: stateIdleHours,
  // "memory" (unset) or redis://host:port[/db].
  STATE_STORE: stateStore,
  // Unset = DEFAULT_SCREENING_LOG; must stay unset with Redis (the log is a stream there).
  SCREENING_LOG: optionalSetting,
  // Unset = DEFAULT_SCREENING_LOG_DAYS.
  SCREENING_LOG_DAYS: screeningLogDays,
};

function checkStoreSettings(settings: { STATE_STORE?: StateStoreTarget; SCREENING_LOG?: string }, ctx: z.RefinementCtx): void {
  if (settings.STATE_STORE?.kind === 'redis' && settings.SCREENING_LOG !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['SCREENING_LOG'],
      message: 'must be empty when STATE_STORE is a Redis URL (the pre-screening log is a Redis stream then, shared by every instance)',
    });
  }
}

/** The settings of src/store and src/screeningLog alone, for tools such as `npm run screening-log`. */
export const StoreSettings = z.object(storeSettings).superRefine(checkStoreSettings);
export type StoreSettings = z.infer<typeof StoreSettings>;

const TOKEN_SECRET_EXPECTATION = 'expected at least 32 characters, such as the output of `openssl rand -base64 48`';

// The key Web Chat tokens are signed with; with a shared store every instance must sign and check with the same one.
const webchatTokenSecret = z.preprocess(blankAsUndefined, z.string().trim().min(32, TOKEN_SECRET_EXPECTATION).optional());

export const AppConfig = z
  .object({
    // botbuilder (4.23, no longer supported) or agents (@microsoft/agents-hosting).
    BOT_SDK: botSdk,
    MicrosoftAppType: appType,
    // Empty = no authentication: the mode the Bot Framework Emulator and local Web Chat use.
    MicrosoftAppId: optionalSetting,
    MicrosoftAppPassword: optionalSetting,
    MicrosoftAppTenantId: optionalSetting,
    PORT: port,
    // Set: the Web Chat page uses Azure Direct Line. Unset: the server's own intranet channel.
    DIRECT_LINE_SECRET: optionalSetting,
    // Unset = DEFAULT_DIRECT_LINE_ENDPOINT.
    DIRECT_LINE_ENDPOINT: directLineEndpoint,
    // Who may embed the Web Chat page in a frame; unset = 'self'.
    WEBCHAT_FRAME_ANCESTORS: frameAncestors,
    // Questions asked on one card at most; 1 = one question at a time.
    QUESTION_GROUP_SIZE: questionGroupSize,
    ...storeSettings,
    // Required with a Redis STATE_STORE.
    WEBCHAT_TOKEN_SECRET: webchatTokenSecret,
    ...operationSettings,
  })
  .superRefine((config, ctx) => {
    // The SDK checks these with bare asserts when the adapter is built; checking here names the variable.
    const requireSetting = (key: keyof typeof config, why: string): void => {
      if (config[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: `required ${why}` });
    };
    switch (config.MicrosoftAppType) {
      case 'SingleTenant':
        requireSetting('MicrosoftAppId', 'when MicrosoftAppType is SingleTenant');
        requireSetting('MicrosoftAppPassword', 'when MicrosoftAppType is SingleTenant');
        requireSetting('MicrosoftAppTenantId', 'when MicrosoftAppType is SingleTenant');
        break;
      case 'UserAssignedMSI':
        requireSetting('MicrosoftAppId', 'when MicrosoftAppType is UserAssignedMSI (the managed identity client id)');
        requireSetting('MicrosoftAppTenantId', 'when MicrosoftAppType is UserAssignedMSI');
        if (config.MicrosoftAppPassword !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['MicrosoftAppPassword'],
            message: 'must be empty when MicrosoftAppType is UserAssignedMSI',
          });
        }
        break;
      case 'MultiTenant':
        if (config.MicrosoftAppId !== undefined) requireSetting('MicrosoftAppPassword', 'when MicrosoftAppId is set');
        break;
    }
    checkStoreSettings(config, ctx);
    if (config.STATE_STORE?.kind === 'redis') {
      requireSetting('WEBCHAT_TOKEN_SECRET', 'when STATE_STORE is a Redis URL (every instance signs and checks Web Chat tokens with it)');
    }
    // A password without an id means someone forgot the id, and the bot would silently run unauthenticated.
    if (config.MicrosoftAppId === undefined && config.MicrosoftAppPassword !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'required when MicrosoftAppPassword is set (an empty MicrosoftAppId disables authentication)',
      });
    }
  });
export type AppConfig = z.infer<typeof AppConfig>;

/**
 * Reads the environment with `schema` (AppConfig, or StoreSettings for a tool); throws a message naming every bad
 * variable, never its value.
 */
export function readSettings<Schema extends z.ZodType>(schema: Schema, env: NodeJS.ProcessEnv): z.output<Schema> {
  // Node reads a .env saved with a byte-order mark (as some Windows editors save it) with the mark in the first
  // name, so that variable would be silently unset.
  const marked = Object.keys(env).find((name) => name.startsWith('\uFEFF'));
  if (marked !== undefined) {
    throw new Error(`Invalid configuration:\n✖ ${marked.slice(1)} is read with a byte-order mark before its name: expected .env saved as UTF-8 without a byte-order mark`);
  }
  const result = schema.safeParse(env);
  if (!result.success) {
    throw new Error(`Invalid configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** Parses the environment once at startup; throws a message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const config = readSettings(AppConfig, env);
  // The Agents SDK refuses to build its adapter without an app id in production, with an error code of its own.
  if (config.BOT_SDK === 'agents' && env.NODE_ENV === 'production' && config.MicrosoftAppId === undefined) {
    throw new Error('Invalid configuration:\n✖ required when BOT_SDK is agents and NODE_ENV is production (the Agents SDK runs without authentication only outside production)\n  → at MicrosoftAppId');
  }
  return config;
}
