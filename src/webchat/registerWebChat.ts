import type { CloudAdapter } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type * as restify from 'restify';
import type { AppConfig } from '../config';
import type { Bot } from '../http/messagesRoute';
import type { Logger } from '../logger';
import { ChannelTokens } from './channelToken';
import { CONVERSATION_IDLE_MS, Conversations, MAX_CONVERSATIONS } from './conversations';
import { HOUR_MS } from '../storage';
import { registerDirectLineRoutes } from './directLineRoutes';
import { inProcessTurns } from './inProcessTurn';
import { IntranetChannel } from './intranetChannel';
import { registerPageRoutes } from './pageRoutes';
import { pagePolicy, webChatSettings } from './settings';
import { registerTokenRoute } from './tokenRoute';

export interface WebChatDeps {
  config: AppConfig;
  adapter: CloudAdapter;
  /** The adapter's own, so in-process turns carry the bot's identity in every configuration. */
  authentication: BotFrameworkAuthentication;
  bot: Bot;
  logger: Logger;
  /** Milliseconds since the epoch; tests move it to expire tokens and conversations. */
  now?: () => number;
}

/**
 * The Web Chat feature on the bot's server: the page and its assets, the token endpoint, and, when no
 * Direct Line secret is configured, the intranet Direct Line channel.
 */
export function registerWebChat(server: restify.Server, deps: WebChatDeps): void {
  const now = deps.now ?? Date.now;
  const settings = webChatSettings(deps.config);
  const tokens = new ChannelTokens(now);
  registerPageRoutes(server, pagePolicy(settings));
  registerTokenRoute(server, { mode: settings.mode, tokens, logger: deps.logger, now });
  if (settings.mode.kind === 'azure') return;
  const channel = new IntranetChannel({
    tokens,
    // The log holds typed answers: never kept longer than the conversation's state.
    conversations: new Conversations(now, MAX_CONVERSATIONS, Math.min(CONVERSATION_IDLE_MS, deps.config.STATE_IDLE_HOURS * HOUR_MS)),
    runTurn: inProcessTurns(deps.adapter, deps.authentication, deps.config.MicrosoftAppId, deps.bot),
    logger: deps.logger,
    now,
  });
  registerDirectLineRoutes(server, { channel, logger: deps.logger });
}
