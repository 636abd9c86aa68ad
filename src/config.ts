import { z } from 'zod';

// Unset and empty are the same thing: `.env` files and deployment slots write `NAME=` for "not set".
function blankAsUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const optionalSetting = z.preprocess(blankAsUndefined, z.string().trim().optional());

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

const port = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, PORT_EXPECTATION)
    .transform(Number)
    .pipe(z.number().int().max(65535, PORT_EXPECTATION))
    .default(3978),
);

export const AppConfig = z
  .object({
    MicrosoftAppType: appType,
    // Empty = no authentication: the mode the Bot Framework Emulator and local Web Chat use.
    MicrosoftAppId: optionalSetting,
    MicrosoftAppPassword: optionalSetting,
    MicrosoftAppTenantId: optionalSetting,
    PORT: port,
    DIRECT_LINE_SECRET: optionalSetting,
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

/** Parses the environment once at startup; throws a message naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const result = AppConfig.safeParse(env);
  if (!result.success) {
    throw new Error(`Invalid configuration:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** True when inbound requests must carry a Bot Framework token. */
export function isAuthenticationEnabled(config: AppConfig): boolean {
  return config.MicrosoftAppId !== undefined;
}
