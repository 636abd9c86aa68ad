import type { AddressInfo } from 'node:net';
import { createAdapter } from '../../src/adapter';
import { createAssistant } from '../../src/assistant';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import { defaultSeedsPath } from '../../src/catalog/seedsPath';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { createStores } from '../../src/store/createStores';
import { EchoBot } from '../../test/support/echoBot';
import { BENCH } from '../config';
import { PromptLoopBot } from './promptLoopBot';
import { StateEchoBot } from './stateEchoBot';

export type BotKind = 'ours' | 'promptLoop' | 'stateEcho' | 'echo';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Our assistant, or a bare echo bot, behind the production adapter and server (no authentication, as
 * the Emulator runs it), listening on loopback only. The echo bot is what this stack costs by itself.
 */
export async function startBenchServer(kind: BotKind): Promise<BenchServer> {
  const config = loadConfig({});
  const bot =
    kind === 'ours'
      ? oursOn(createStores(config), config.STATE_IDLE_HOURS)
      : kind === 'promptLoop'
        ? new PromptLoopBot()
        : kind === 'stateEcho'
          ? new StateEchoBot()
          : new EchoBot();
  const server = createServer({ adapter: createAdapter(config, silentLogger), bot, logger: silentLogger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function oursOn(stores: ReturnType<typeof createStores>, idleHours: number) {
  return createAssistant({ catalog: loadCatalog(defaultSeedsPath()), clock: fixedClock(BENCH.day), store: stores.state, lock: stores.turnLock, idleHours });
}
