import type { BotFrameworkAuthentication } from 'botframework-connector';
import { createAdapter } from '../../src/adapter';
import { loadConfig, type AppConfig } from '../../src/config';
import type { Logger } from '../../src/logger';
import { createServer, listen, type Bot } from '../../src/server';
import { EchoBot } from './echoBot';
import { RecordingLogger } from './recordingLogger';

export interface BotServer {
  url: string;
  messagesUrl: string;
  logger: RecordingLogger;
  close(): Promise<void>;
}

export interface BotServerOptions {
  bot?: Bot;
  config?: AppConfig;
  authentication?: BotFrameworkAuthentication;
}

/** The real server and adapter on a free port; no-auth (Emulator) configuration unless told otherwise. */
export async function startBotServer(options: BotServerOptions = {}): Promise<BotServer> {
  const logger = new RecordingLogger();
  const config = options.config ?? loadConfig({});
  const adapter = createAdapter(config, logger as Logger, options.authentication);
  const server = createServer({ adapter, bot: options.bot ?? new EchoBot(), logger });
  const running = await listen(server, 0);
  return { url: running.url, messagesUrl: `${running.url}/api/messages`, logger, close: running.close };
}
