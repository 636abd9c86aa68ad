import type * as restify from 'restify';
import { jsonBody } from '../http/jsonBody';
import type { Logger } from '../logger';
import { sendFailure, sendJson } from './apiResponses';
import type { ChannelGrant } from './channelToken';
import type { IntranetChannel } from './intranetChannel';

export const DIRECT_LINE_PATH = '/v3/directline';

const CONVERSATIONS = `${DIRECT_LINE_PATH}/conversations`;
const CONVERSATION = `${CONVERSATIONS}/:conversationId`;
export const ACTIVITIES_PATH = `${CONVERSATION}/activities`;
const REFRESH = `${DIRECT_LINE_PATH}/tokens/refresh`;

type Authorized = { grant: ChannelGrant; token: string };

// A typed answer or a card's data is a few kilobytes; activities are kept in the conversation's log, so no more than this.
export const MAX_POSTED_BYTES = 64 * 1024;

/**
 * The subset of Direct Line 3.0 that directlinejs uses when polling (webSocket: false): start a
 * conversation, post an activity, get activities after a watermark, reconnect, refresh the token.
 * Every request carries `Authorization: Bearer <token>`, and the token names the only conversation it may
 * touch: the :conversationId in a path must be that one.
 */
export function registerDirectLineRoutes(
  server: restify.Server,
  {
    channel,
    logger,
    limit,
    postLimit,
  }: {
    channel: IntranetChannel;
    logger: Logger;
    /** The per-client rate limit of every route, before anything else. */
    limit: restify.RequestHandler;
    /** The per-client rate limit of posting an activity (each runs a turn), on top of it. */
    postLimit: restify.RequestHandler;
  },
): void {
  // The grant found by the authorizing step, for the route's last handler.
  const grants = new WeakMap<restify.Request, Authorized>();

  const authorize: restify.RequestHandler = (req, res, next) => {
    try {
      const conversationId = (req.params as Record<string, string | undefined>).conversationId;
      grants.set(req, channel.authorize(req.header('authorization'), conversationId));
      next();
    } catch (error) {
      sendFailure(res, error, logger, req.getRoute().path.toString());
      next(false);
    }
  };

  const handle = (route: string, answer: (authorized: Authorized, req: restify.Request) => Promise<{ status: number; body: unknown }>) =>
    async (req: restify.Request, res: restify.Response) => {
      try {
        const authorized = grants.get(req);
        if (!authorized) throw new Error('route registered without the authorize step');
        const { status, body } = await answer(authorized, req);
        sendJson(res, status, body);
      } catch (error) {
        sendFailure(res, error, logger, route);
      }
    };

  server.post(CONVERSATIONS, limit, authorize, handle(CONVERSATIONS, async ({ grant, token }) => ({ status: 201, body: await channel.start(grant, token) })));
  server.get(CONVERSATION, limit, authorize, handle(CONVERSATION, async ({ grant, token }) => ({ status: 200, body: await channel.resume(grant, token) })));
  server.post(ACTIVITIES_PATH, limit, postLimit, authorize, jsonBody(logger, MAX_POSTED_BYTES), handle(ACTIVITIES_PATH, async ({ grant }, req) => ({ status: 200, body: await channel.post(grant, req.body) })));
  server.get(ACTIVITIES_PATH, limit, authorize, handle(ACTIVITIES_PATH, async ({ grant }, req) => ({ status: 200, body: await channel.read(grant, watermarkOf(req)) })));
  server.post(REFRESH, limit, authorize, handle(REFRESH, async ({ grant }) => ({ status: 200, body: await channel.refresh(grant) })));
}

function watermarkOf(req: restify.Request): string | undefined {
  return new URLSearchParams(req.getQuery()).get('watermark') ?? undefined;
}
