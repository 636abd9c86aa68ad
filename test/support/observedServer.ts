import { createAdapter } from '../../src/botframework/createAdapter';
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
 * pino logger into `lines`, so tests read the log as an operator would. `keyServer` is where the signing keys are
 * published (an OpenIdStub's url).
 */
export async function startObservedServer(bot: Bot, env: NodeJS.ProcessEnv = {}, keyServer?: string): Promise<ObservedServer> {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
  const config = loadConfig(env);
  const metrics = new Metrics();
  const adapter = createAdapter(config, { logger, metrics, keyServer });
  const server = createServer({ adapter, bot, logger, metrics, metricsAllow: config.METRICS_ALLOW });
  registerWebChat(server, { config, bot, logger, metrics, keyServer });
  const running = await listen(server, 0);
  return { url: running.url, lines, metrics, close: running.close };
}
