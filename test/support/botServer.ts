import { createAdapter } from '../../src/botframework/createAdapter';
import { loadConfig, type AppConfig } from '../../src/config';
import { createServer, listen, type Bot } from '../../src/server';
import { EchoBot } from './echoBot';
import { RecordingLogger } from './recordingLogger';
import type { BotSdk } from './sdks';

export interface BotServer {
  url: string;
  messagesUrl: string;
  logger: RecordingLogger;
  close(): Promise<void>;
}

export interface BotServerOptions {
  bot?: Bot;
  /** The SDK under the adapter (botbuilder unless `config` says otherwise). */
  sdk?: BotSdk;
  config?: AppConfig;
  /** Where the signing keys are published (an OpenIdStub's url). */
  keyServer?: string;
}

/** The real server and adapter on a free port; no-auth (Emulator) configuration unless told otherwise. */
export async function startBotServer(options: BotServerOptions = {}): Promise<BotServer> {
  const logger = new RecordingLogger();
  const config = options.config ?? loadConfig({ BOT_SDK: options.sdk });
  const adapter = createAdapter(config, { logger, keyServer: options.keyServer });
  const server = createServer({ adapter, bot: options.bot ?? new EchoBot(), logger });
  const running = await listen(server, 0);
  return { url: running.url, messagesUrl: `${running.url}/api/messages`, logger, close: running.close };
}
