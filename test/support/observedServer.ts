import { createAdapter } from '../../src/adapter';
import { createAuthentication } from '../../src/channels/authentication';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { Metrics } from '../../src/operations/metrics';
import { createServer, listen, type Bot } from '../../src/server';
import { registerWebChat } from '../../src/webchat/registerWebChat';

export interface ObservedServer {
  url: string;
  /** Every line the server logged, as written (JSON text). */
  lines: string[];
  metrics: Metrics;
  close(): Promise<void>;
}

/**
 * The server composed as src/index.ts composes it (messages route and intranet Web Chat), logging with the real
 * pino logger into `lines`, so tests read the log as an operator would. `authenticationOf` replaces the Bot
 * Framework authentication (tests point its key server at a stub).
 */
export async function startObservedServer(bot: Bot, env: NodeJS.ProcessEnv = {}, authenticationOf = createAuthentication): Promise<ObservedServer> {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const config = loadConfig(env);
  const metrics = new Metrics();
  const authentication = authenticationOf(config);
  const adapter = createAdapter(config, logger, authentication, { metrics });
  const server = createServer({ adapter, bot, logger, metrics, metricsAllow: config.METRICS_ALLOW });
  registerWebChat(server, { config, authentication, bot, logger, metrics });
  const running = await listen(server, 0);
  return { url: running.url, lines, metrics, close: running.close };
}
