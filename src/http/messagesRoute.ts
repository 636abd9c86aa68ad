import type { CloudAdapter, TurnContext } from 'botbuilder';
import type * as restify from 'restify';
import { validateActivity } from '../channels/activityValidation';
import { errorFields, type Logger } from '../logger';
import { jsonBody } from './jsonBody';

/** Anything that runs a turn; botbuilder's ActivityHandler is one. */
export interface Bot {
  run(context: TurnContext): Promise<void>;
}

export interface MessagesRouteDeps {
  adapter: CloudAdapter;
  bot: Bot;
  logger: Logger;
}

export const MESSAGES_PATH = '/api/messages';

/** The Bot Framework endpoint: JSON body → activity shape check (400 with a reason) → adapter. */
export function registerMessagesRoute(server: restify.Server, { adapter, bot, logger }: MessagesRouteDeps): void {
  server.post(MESSAGES_PATH, ...jsonBody(logger), rejectMalformedActivity(logger), async (req, res) => {
    try {
      // The adapter authenticates, runs the turn, and writes the response (200, 401, expectReplies body…).
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // Only reached if the adapter itself throws before answering; it normally answers every request.
      logger.error('adapter failed to process a request', errorFields(error));
      if (!res.headersSent) res.send(500, { error: 'internal error' });
    }
  });
}

function rejectMalformedActivity(logger: Logger): restify.RequestHandler {
  return (req, res, next) => {
    const result = validateActivity(req.body);
    if (!result.ok) {
      // The reason names fields and expectations, never values, so it is safe to log.
      logger.warn('rejected a malformed activity', { reason: result.reason });
      res.send(400, { error: result.reason });
      next(false);
      return;
    }
    next();
  };
}
