import { isIPv4 } from 'node:net';
import type { AppConfig } from '../config';

/** Loopback addresses (all of 127.0.0.0/8): a server bound to one is reachable from this machine only. */
const isLoopback = (host: string) => host === '::1' || host === 'localhost' || (isIPv4(host) && host.startsWith('127.'));

/**
 * Where the server binds: HOST when set; otherwise, without MicrosoftAppId (no authentication: anyone who can
 * reach /api/messages can talk as anyone), this machine only; with one, every interface (undefined).
 */
export function listenHost(config: AppConfig): string | undefined {
  return config.HOST ?? (config.MicrosoftAppId === undefined ? '127.0.0.1' : undefined);
}

/** The warning to log at start when authentication is off, naming how far the unauthenticated endpoint reaches. */
export function unauthenticatedWarning(config: AppConfig, host: string | undefined): string | undefined {
  if (config.MicrosoftAppId !== undefined) return undefined;
  return host !== undefined && isLoopback(host)
    ? 'authentication is off (MicrosoftAppId is empty): /api/messages accepts any caller on this machine'
    : 'authentication is off (MicrosoftAppId is empty) and HOST exposes the server beyond this machine: anyone who reaches /api/messages can use the bot';
}
