import type { AddressInfo } from 'node:net';
import { createAdapter } from '../../src/botframework/createAdapter';
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
import { StateEchoBot } from './stateEchoBot';

/** Ours with its state in memory or in Redis (STATE_STORE from the environment), and the reference bots. */
export type BotKind = 'ours' | 'oursRedis' | 'stateEcho' | 'echo';

export interface BenchServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Our assistant, or a reference bot, behind the production adapter and server (no authentication, as the
 * Emulator runs it), listening on loopback only. The echo bot is what this stack costs by itself; `oursRedis`
 * keeps its state in the Redis that `redisUrl` names (started by the bench).
 */
export async function startBenchServer(kind: BotKind, redisUrl?: string): Promise<BenchServer> {
  // QUESTION_GROUP_SIZE comes from the environment, so `QUESTION_GROUP_SIZE=1 npm run bench` measures one question per turn.
  const stateStore = kind === 'oursRedis' ? { STATE_STORE: redisUrl, WEBCHAT_TOKEN_SECRET: BENCH.webChatTokenSecret } : {};
  const config = loadConfig({ QUESTION_GROUP_SIZE: process.env.QUESTION_GROUP_SIZE, ...stateStore });
  const stores = kind === 'ours' || kind === 'oursRedis' ? createStores(config) : undefined;
  const bot = stores
    ? createAssistant({ catalog: loadCatalog(defaultSeedsPath()), clock: fixedClock(BENCH.day), store: stores.state, lock: stores.turnLock, idleHours: config.STATE_IDLE_HOURS, groupSize: config.QUESTION_GROUP_SIZE })
    : kind === 'stateEcho'
      ? new StateEchoBot()
      : new EchoBot();
  const server = createServer({ adapter: createAdapter(config, { logger: silentLogger }), bot, logger: silentLogger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stores?.state.close();
    },
  };
}
