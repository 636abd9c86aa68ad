import { isIP } from 'node:net';
import { z } from 'zod';
import { blankAsUndefined, DECIMAL_DIGITS, numberSetting, WHOLE_DIGITS } from '../settingText';

/** pino's levels; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelSetting = (typeof LOG_LEVELS)[number];

const logLevel = z.preprocess(
  (value) => {
    const text = blankAsUndefined(value);
    return typeof text === 'string' ? text.trim().toLowerCase() : text;
  },
  z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
);

const HOST_EXPECTATION = 'expected an IP address such as 0.0.0.0, 127.0.0.1 or ::, or a host name such as localhost';

// What the server binds: an address or a name the resolver knows. Anything else fails at listen with a less clear message.
const host = z.preprocess(
  blankAsUndefined,
  z
    .string()
    .trim()
    .refine((text) => isIP(text) !== 0 || /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i.test(text), HOST_EXPECTATION)
    .optional(),
);

const ADDRESS_EXPECTATION = 'expected IP addresses or CIDR ranges separated by spaces or commas, such as "127.0.0.1 ::1 10.0.0.0/8"';

/** An IP address or a CIDR range, e.g. 10.0.0.0/8 or fd00::/8. */
function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const addressList = (defaults: string[]) =>
  z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .transform((text) => text.split(/[\s,]+/).filter((entry) => entry !== ''))
      .refine((entries) => entries.every(isAddressOrRange), ADDRESS_EXPECTATION)
      .default(defaults),
  );

const seconds = (expectation: string, fallback: number, least: 'positive' | 'zero' = 'positive') =>
  numberSetting(DECIMAL_DIGITS, expectation, least === 'zero' ? z.number() : z.number().positive(expectation), fallback);

const wholeNumber = (expectation: string, fallback: number) => numberSetting(WHOLE_DIGITS, expectation, z.number().int().min(1, expectation), fallback);

/** Who may GET /metrics unless METRICS_ALLOW says otherwise: this machine. */
export const DEFAULT_METRICS_ALLOW = ['127.0.0.1', '::1'];
/** Seconds a reply POSTed to a channel's serviceUrl may take before the turn gives up on it. */
export const DEFAULT_REPLY_TIMEOUT_SECONDS = 15;
/** Seconds a SIGTERM waits for requests under way; longer than a reply's timeout, so a stuck turn ends first. */
export const DEFAULT_SHUTDOWN_TIMEOUT_SECONDS = 20;
/**
 * Seconds after SIGTERM during which connections are still accepted (and /readyz answers 503), so a load
 * balancer stops sending before the listener closes: a connection waiting to be accepted when it closes is reset.
 */
export const DEFAULT_SHUTDOWN_DELAY_SECONDS = 2;
/** Web Chat tokens one client may take per minute: a page load takes one. */
export const DEFAULT_WEBCHAT_TOKENS_PER_MINUTE = 30;
/** Direct Line requests one client may make per minute: an open page polls once a second. */
export const DEFAULT_WEBCHAT_REQUESTS_PER_MINUTE = 600;
/**
 * Activities one client may post per minute, within those requests: each runs a turn, and reading a long answer
 * costs the bot far more than a poll. A clinician sends a few a minute.
 */
export const DEFAULT_WEBCHAT_POSTS_PER_MINUTE = 60;

/** Settings of the server's operation: where it listens, what it logs, who scrapes metrics, its limits and deadlines. */
export const operationSettings = {
  // Unset: 127.0.0.1 without MicrosoftAppId (no authentication, so local only), every interface with one.
  HOST: host,
  LOG_LEVEL: logLevel,
  // Who may GET /metrics (direct peers, never a proxied request).
  METRICS_ALLOW: addressList(DEFAULT_METRICS_ALLOW),
  // Reverse proxies whose X-Forwarded-For names the client, for per-client limits; unset = none.
  TRUSTED_PROXIES: addressList([]),
  REPLY_TIMEOUT_SECONDS: seconds('expected a number of seconds greater than 0, such as 15', DEFAULT_REPLY_TIMEOUT_SECONDS),
  SHUTDOWN_DELAY_SECONDS: seconds('expected a number of seconds, such as 2 (0: stop accepting at once)', DEFAULT_SHUTDOWN_DELAY_SECONDS, 'zero'),
  SHUTDOWN_TIMEOUT_SECONDS: seconds('expected a number of seconds greater than 0, such as 20', DEFAULT_SHUTDOWN_TIMEOUT_SECONDS),
  WEBCHAT_TOKENS_PER_MINUTE: wholeNumber('expected a whole number from 1, such as 30', DEFAULT_WEBCHAT_TOKENS_PER_MINUTE),
  WEBCHAT_REQUESTS_PER_MINUTE: wholeNumber('expected a whole number from 1, such as 600', DEFAULT_WEBCHAT_REQUESTS_PER_MINUTE),
  WEBCHAT_POSTS_PER_MINUTE: wholeNumber('expected a whole number from 1, such as 60', DEFAULT_WEBCHAT_POSTS_PER_MINUTE),
};
