import { createAdapter } from '../../src/botframework/createAdapter';
import { loadConfig, type AppConfig } from '../../src/config';
import { Metrics } from '../../src/operations/metrics';
import { createServer, listen, type Bot } from '../../src/server';
import type { Stores } from '../../src/store/createStores';
import { registerWebChat } from '../../src/webchat/registerWebChat';
import { EchoBot } from './echoBot';
import { RecordingLogger } from './recordingLogger';
import type { BotSdk } from './sdks';

export interface WebChatServer {
  url: string;
  logger: RecordingLogger;
  close(): Promise<void>;
}

export interface WebChatServerOptions {
  bot?: Bot;
  /** The SDK under the adapters (botbuilder unless `env` says otherwise). */
  sdk?: BotSdk;
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
  const config: AppConfig = loadConfig({ BOT_SDK: options.sdk, ...options.env });
  const metrics = new Metrics();
  const adapter = createAdapter(config, { logger, metrics });
  const bot = options.bot ?? new EchoBot();
  const server = createServer({ adapter, bot, logger, metrics });
  registerWebChat(server, { config, bot, logger, metrics, ...(options.now ? { now: options.now } : {}), ...(options.stores ? { stores: options.stores } : {}) });
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
