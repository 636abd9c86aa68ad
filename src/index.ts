import { createAdapter } from './adapter';
import { createAssistant } from './assistant';
import { createAuthentication } from './channels/authentication';
import { loadCatalog } from './catalog/loadCatalog';
import { defaultSeedsPath } from './catalog/seedsPath';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { consoleLogger } from './logger';
import { createServer, listen } from './server';
import { createStores } from './store/createStores';
import { registerWebChat } from './webchat/registerWebChat';

/** Composition root: configuration, catalog, state, bot, adapter and server. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const catalog = loadCatalog(defaultSeedsPath());
  const stores = createStores(config);
  const bot = createAssistant({ catalog, clock: systemClock, store: stores.state, lock: stores.turnLock, idleHours: config.STATE_IDLE_HOURS });
  const authentication = createAuthentication(config);
  const adapter = createAdapter(config, consoleLogger, authentication);
  const server = createServer({ adapter, bot, logger: consoleLogger });
  registerWebChat(server, { config, adapter, authentication, bot, logger: consoleLogger });
  const running = await listen(server, config.PORT);
  consoleLogger.info('bot listening', {
    url: running.url,
    endpoint: '/api/messages',
    webChat: `${running.url}/`,
    webChatChannel: config.DIRECT_LINE_SECRET === undefined ? 'intranet' : 'azure',
    trials: catalog.trials.length,
  });
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
