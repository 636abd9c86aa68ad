import type * as restify from 'restify';
import { localeOf, type Locale } from '../domain/wording';
import type { Logger } from '../logger';
import { sendFailure, sendJson } from './apiResponses';
import { generateAzureToken } from './azureDirectLine';
import type { ChannelTokens } from './channelToken';
import { DIRECT_LINE_PATH } from './directLineRoutes';
import type { WebChatMode } from './settings';

export const TOKEN_PATH = '/api/webchat/token';

/** What the page needs to start Web Chat; which Direct Line to use comes from here, not from the page. */
export interface WebChatSession {
  mode: WebChatMode['kind'];
  token: string;
  conversationId: string;
  userId: string;
  /** Seconds. */
  expiresIn: number;
  /** Direct Line base URL: a path on our origin in intranet mode, Azure's URL otherwise. */
  domain: string;
  /** Our channel polls; Azure's streams over a WebSocket. */
  webSocket: boolean;
}

/**
 * One token per call, for one new conversation and a user id made up here. In Azure mode the secret is
 * exchanged server-side and only the resulting token leaves.
 */
export function registerTokenRoute(
  server: restify.Server,
  {
    mode,
    tokens,
    logger,
    now,
    limit,
  }: { mode: WebChatMode; tokens: ChannelTokens; logger: Logger; now: () => number; /** The per-client rate limit. */ limit: restify.RequestHandler },
): void {
  server.post(TOKEN_PATH, limit, async (req, res) => {
    try {
      sendJson(res, 200, await newSession(mode, tokens, now, pageLocale(req)));
    } catch (error) {
      sendFailure(res, error, logger, TOKEN_PATH);
    }
  });
}

/** The page's language, `?locale=zh-CN` on the token request, when it is one the assistant speaks. */
function pageLocale(req: restify.Request): Locale | undefined {
  return localeOf(new URL(req.url ?? '', 'http://page').searchParams.get('locale') ?? undefined);
}

/**
 * A new session; `locale` goes into our channel's token, so the greeting (sent when the conversation starts, before
 * any message carries the locale) is said in the page's language. Azure's channel greets without it.
 */
async function newSession(mode: WebChatMode, tokens: ChannelTokens, now: () => number, locale: Locale | undefined): Promise<WebChatSession> {
  if (mode.kind === 'azure') {
    const grant = await generateAzureToken(mode.endpoint, mode.secret);
    return { mode: 'azure', ...grant, domain: `${mode.endpoint}${DIRECT_LINE_PATH}`, webSocket: true };
  }
  const issued = tokens.issueForNewConversation(locale);
  const expiresIn = Math.floor((issued.expiresAt - now()) / 1000);
  return { mode: 'intranet', token: issued.token, conversationId: issued.conversationId, userId: issued.userId, expiresIn, domain: DIRECT_LINE_PATH, webSocket: false };
}
