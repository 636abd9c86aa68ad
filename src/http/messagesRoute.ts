import type * as restify from 'restify';
import type { ActivityJson } from '../botframework/activity';
import { AuthenticationFailure } from '../botframework/authenticationFailure';
import type { Authenticated, Bot, BotFrameworkAdapter } from '../botframework/seam';
import { validateActivity } from '../channels/activityValidation';
import { normalizedInput } from '../channels/activityNormalization';
import { errorFields, type Logger } from '../logger';
import { jsonBody } from './jsonBody';

export interface MessagesRouteDeps {
  adapter: BotFrameworkAdapter;
  bot: Bot;
  logger: Logger;
}

export const MESSAGES_PATH = '/api/messages';

/**
 * Invoke activities this bot answers. Its cards use Action.Submit only, which every channel delivers as a
 * message; an invoke (Teams' adaptiveCard/action, task/fetch, a messaging extension…) is answered 501 Not
 * Implemented without a turn, which is what the Bot Framework expects of a bot that does not handle it.
 */
const SUPPORTED_INVOKES: readonly string[] = [];

export const UNSUPPORTED_INVOKE_REASON = 'invoke activities are not supported: this bot answers message activities (its cards send messages)';

/**
 * The Bot Framework endpoint: JSON body (inflated, size-limited) → activity shape (400 naming the field) →
 * input normalised → authentication (401, or 503 when the token cannot be checked; one log line, no internal
 * text) → the turn → the turn's result (200, the expectReplies replies, an invoke response).
 */
export function registerMessagesRoute(server: restify.Server, deps: MessagesRouteDeps): void {
  server.post(MESSAGES_PATH, jsonBody(deps.logger), (req, res, next) => {
    handle(req, res, deps)
      .catch((error: unknown) => {
        // handle() answers every failure it expects; this keeps one it does not from becoming an unhandled rejection.
        deps.logger.error('answering a request failed', errorFields(error));
        if (!res.headersSent) res.send(500, { error: 'internal error' });
      })
      .finally(() => next(false));
  });
}

async function handle(req: restify.Request, res: restify.Response, { adapter, bot, logger }: MessagesRouteDeps): Promise<void> {
  const validation = validateActivity(req.body);
  if (!validation.ok) {
    // The reason names fields and expectations, never values, so it is safe to log.
    logger.warn('rejected a malformed activity', { reason: validation.reason });
    res.send(400, { error: validation.reason });
    return;
  }
  // The schema checked every field the SDKs and the bot read.
  const activity = normalizedInput(validation.activity) as ActivityJson;
  if (activity.type === 'invoke' && !SUPPORTED_INVOKES.includes(activity.name ?? '')) {
    res.send(501, { error: UNSUPPORTED_INVOKE_REASON });
    return;
  }

  let authenticated: Authenticated;
  try {
    authenticated = await adapter.authenticate(activity, req.header('authorization') ?? '');
  } catch (error) {
    if (!(error instanceof AuthenticationFailure)) throw error;
    const failure = error;
    // The SDK's error by class; its message may quote keys.
    logger.warn('refused a request that could not be authenticated', { status: failure.status, ...errorFields(failure.cause) });
    if (failure.status === 503) res.setHeader('Retry-After', '30');
    res.send(failure.status, { error: failure.message });
    return;
  }

  try {
    const result = await adapter.runTurn(authenticated, activity, bot);
    if (result.body === undefined) res.send(result.status);
    else res.send(result.status, result.body);
  } catch (error) {
    // onTurnError handles what the turn throws; this is the adapter failing around it (a connector it could not create).
    logger.error('adapter failed to process a request', errorFields(error));
    if (!res.headersSent) res.send(500, { error: 'internal error' });
  }
}
