import { createAssistant } from './assistant';
import { createAdapter } from './botframework/createAdapter';
import { loadCatalog } from './catalog/loadCatalog';
import { defaultSeedsPath } from './catalog/seedsPath';
import { systemClock } from './clock';
import { loadConfig } from './config';
import { createLogger, errorFields } from './logger';
import { logFatalErrorsBeforeExit } from './operations/fatalErrors';
import { quietLibraryConsole } from './operations/libraryConsole';
import { listenHost, unauthenticatedWarning } from './operations/listenAddress';
import { Metrics } from './operations/metrics';
import { Readiness } from './operations/readiness';
import { drainOnSignals } from './operations/shutdown';
import { screeningObserver } from './screeningEvents';
import { createServer, listen } from './server';
import { createStores } from './store/createStores';
import { registerWebChat } from './webchat/registerWebChat';

/** Composition root: configuration, logs, metrics, catalog, state, bot, adapter, server and its shutdown. */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.LOG_LEVEL);
  logFatalErrorsBeforeExit(logger);
  quietLibraryConsole(logger.debug);
  const metrics = new Metrics();
  const catalog = loadCatalog(defaultSeedsPath());
  const stores = createStores(config, { onError: (operation) => metrics.storeError(operation) });
  // Rows past SCREENING_LOG_DAYS go at start; recording drops them too, on the first row of each day.
  void stores.screeningLog.prune().catch((error: unknown) => logger.error('could not prune the pre-screening log', errorFields(error)));
  const observer = screeningObserver({ metrics, log: stores.screeningLog, logger });
  const bot = createAssistant({ catalog, clock: systemClock, store: stores.state, lock: stores.turnLock, idleHours: config.STATE_IDLE_HOURS, groupSize: config.QUESTION_GROUP_SIZE, observer });
  const adapter = createAdapter(config, { logger, metrics });
  // The catalog is loaded and checked before the server starts (a broken one stops the start); an empty one is not ready.
  const catalogLoaded = async (): Promise<void> => {
    if (catalog.trials.length === 0) throw new Error('the catalog holds no trials');
  };
  const readiness = new Readiness([{ name: 'catalog', check: catalogLoaded }, { name: 'store', check: () => stores.state.ping() }], logger);
  const server = createServer({ adapter, bot, logger, metrics, readiness, metricsAllow: config.METRICS_ALLOW });
  registerWebChat(server, { config, bot, logger, metrics, stores });
  const host = listenHost(config);
  const running = await listen(server, config.PORT, host);
  logger.info('bot listening', {
    url: running.url,
    endpoint: '/api/messages',
    sdk: config.BOT_SDK,
    webChat: `${running.url}/`,
    webChatChannel: config.DIRECT_LINE_SECRET === undefined ? 'intranet' : 'azure',
    trials: catalog.trials.length,
  });
  const warning = unauthenticatedWarning(config, host);
  if (warning) logger.warn(warning);
  drainOnSignals({
    running,
    readiness,
    logger,
    delayMs: config.SHUTDOWN_DELAY_SECONDS * 1000,
    deadlineMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    beforeExit: () => stores.state.close(),
  });
}

main().catch((error: unknown) => {
  // Configuration and catalog errors name variables, files and fields, never values; console.* is quiet by now.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
