import type * as restify from 'restify';
import type { AdapterOptions } from '../botframework/adapterOptions';
import { createAdapter } from '../botframework/createAdapter';
import type { Bot } from '../botframework/seam';
import type { AppConfig } from '../config';
import { AddressSet, clientAddress, limitKey } from '../http/clientAddress';
import { rateLimit } from '../http/rateLimit';
import type { Logger } from '../logger';
import type { Metrics } from '../operations/metrics';
import { HOUR_MS } from '../clock';
import type { Stores } from '../store/createStores';
import { MemoryTurnLock } from '../store/memoryTurnLock';
import { ChannelTokens } from './channelToken';
import { CONVERSATION_IDLE_MS, conversationLimits, type ConversationStore } from './conversationStore';
import { ACTIVITIES_PATH, DIRECT_LINE_PATH, registerDirectLineRoutes } from './directLineRoutes';
import { IntranetChannel } from './intranetChannel';
import { MemoryConversationStore } from './memoryConversationStore';
import { registerPageRoutes } from './pageRoutes';
import { RedisConversationStore } from './redisConversationStore';
import { pagePolicy, webChatSettings } from './settings';
import { registerTokenRoute, TOKEN_PATH } from './tokenRoute';

export interface WebChatDeps {
  config: AppConfig;
  /** Where the signing keys of /api/messages are published, as its adapter was told (see AdapterOptions). */
  keyServer?: AdapterOptions['keyServer'];
  bot: Bot;
  logger: Logger;
  metrics: Metrics;
  /**
   * The process's stores (createStores): the channel's posts queue on their turn lock, and its conversations live
   * in their Redis when there is one, shared by every instance. Unset: this process's memory, with a lock of its own.
   */
  stores?: Pick<Stores, 'turnLock' | 'redis'>;
  /** Milliseconds since the epoch; tests move it to expire tokens and conversations. */
  now?: () => number;
}

/**
 * The Web Chat feature on the bot's server: the page and its assets, the token endpoint, and, when no
 * Direct Line secret is configured, the intranet Direct Line channel. The token and Direct Line routes need no
 * Bot Framework authentication, so each client (by address; see TRUSTED_PROXIES) is rate-limited on them.
 */
export function registerWebChat(server: restify.Server, deps: WebChatDeps): void {
  const { config, logger, metrics } = deps;
  const now = deps.now ?? Date.now;
  const settings = webChatSettings(config);
  const tokens = new ChannelTokens(now, config.WEBCHAT_TOKEN_SECRET);
  const trustedProxies = new AddressSet(config.TRUSTED_PROXIES);
  const limitPerClient = (perMinute: number, route: string) =>
    rateLimit({ perMinute, route, clientOf: (req) => limitKey(clientAddress(req, trustedProxies)), onLimited: (limited) => metrics.rateLimited(limited) });

  registerPageRoutes(server, pagePolicy(settings));
  registerTokenRoute(server, { mode: settings.mode, tokens, logger, now, limit: limitPerClient(config.WEBCHAT_TOKENS_PER_MINUTE, TOKEN_PATH) });
  if (settings.mode.kind === 'azure') return;

  // The log holds typed answers: never kept longer than the conversation's state.
  const limits = conversationLimits(Math.min(CONVERSATION_IDLE_MS, config.STATE_IDLE_HOURS * HOUR_MS));
  const redis = deps.stores?.redis;
  const conversations: ConversationStore = redis ? new RedisConversationStore(redis, now, limits) : new MemoryConversationStore(now, limits);
  // NaN while the store cannot be read: /metrics must still answer, above all then.
  metrics.gauge('webchat_open_conversations', 'Conversations open in the intranet Web Chat channel.', () => conversations.openCount().catch(() => Number.NaN));
  // An adapter of the channel's own: its turns are marked as the intranet's, so their state and their queue can
  // never be named by a caller of /api/messages, whatever channelId and conversation id it sends.
  const adapter = createAdapter(config, { logger, metrics, ingress: 'intranet', keyServer: deps.keyServer });
  const channel = new IntranetChannel({
    tokens,
    conversations,
    lock: deps.stores?.turnLock ?? new MemoryTurnLock(),
    runTurn: (activity) => adapter.runInProcess(activity, deps.bot),
    logger,
    now,
  });
  registerDirectLineRoutes(server, {
    channel,
    logger,
    limit: limitPerClient(config.WEBCHAT_REQUESTS_PER_MINUTE, DIRECT_LINE_PATH),
    postLimit: limitPerClient(config.WEBCHAT_POSTS_PER_MINUTE, ACTIVITIES_PATH),
  });
}
