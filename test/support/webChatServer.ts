import type { AppConfig } from '../../src/config';
import { createAdapter } from '../../src/adapter';
import { createAuthentication } from '../../src/channels/authentication';
import { loadConfig } from '../../src/config';
import type { Logger } from '../../src/logger';
import { Metrics } from '../../src/operations/metrics';
import { createServer, listen, type Bot } from '../../src/server';
import type { Stores } from '../../src/store/createStores';
import { registerWebChat } from '../../src/webchat/registerWebChat';
import { EchoBot } from './echoBot';
import { RecordingLogger } from './recordingLogger';

export interface WebChatServer {
  url: string;
  logger: RecordingLogger;
  close(): Promise<void>;
}

export interface WebChatServerOptions {
  bot?: Bot;
  /** Environment variables, as loadConfig reads them; none = intranet mode without authentication. */
  env?: NodeJS.ProcessEnv;
  now?: () => number;
  /** The stores the channel keeps its conversations in and queues its posts on; none = its own in memory. */
  stores?: Pick<Stores, 'turnLock' | 'redis'>;
  /** 0 (the default) for a free one; a port just freed, to restart a server where a page expects it. */
  port?: number;
}

/** The real server, adapter and Web Chat routes on a free port, composed as src/index.ts composes them. */
export async function startWebChatServer(options: WebChatServerOptions = {}): Promise<WebChatServer> {
  const logger = new RecordingLogger();
  const config: AppConfig = loadConfig(options.env ?? {});
  const authentication = createAuthentication(config);
  const metrics = new Metrics();
  const adapter = createAdapter(config, logger as Logger, authentication, { metrics });
  const bot = options.bot ?? new EchoBot();
  const server = createServer({ adapter, bot, logger, metrics });
  registerWebChat(server, { config, authentication, bot, logger, metrics, ...(options.now ? { now: options.now } : {}), ...(options.stores ? { stores: options.stores } : {}) });
  const running = await listen(server, options.port ?? 0);
  return { url: running.url, logger, close: running.close };
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2026-11-21T09:00:00Z')): { now: () => number; advance(ms: number): void } {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}
