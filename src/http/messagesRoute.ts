import type { Activity, TurnContext } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import type * as restify from 'restify';
import type { ScreeningAdapter } from '../adapter';
import { validateActivity } from '../channels/activityValidation';
import { normalizedInput } from '../channels/activityNormalization';
import { authenticationFailure } from '../channels/authentication';
import { errorFields, type Logger } from '../logger';
import { jsonBody } from './jsonBody';

/** Anything that runs a turn; botbuilder's ActivityHandler is one. */
export interface Bot {
  run(context: TurnContext): Promise<void>;
}

export interface MessagesRouteDeps {
  adapter: ScreeningAdapter;
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
  // As CloudAdapter.process would: timestamps become Dates (their text is kept as rawTimestamp…).
  // The schema checked every field the SDK and the bot read; the rest of Activity is optional in practice.
  const activity = validateAndFixActivity(normalizedInput(validation.activity) as unknown as Activity);
  if (activity.type === 'invoke' && !SUPPORTED_INVOKES.includes(activity.name ?? '')) {
    res.send(501, { error: UNSUPPORTED_INVOKE_REASON });
    return;
  }

  let authenticated;
  try {
    authenticated = await adapter.authenticate(activity, req.header('authorization') ?? '');
  } catch (error) {
    const failure = authenticationFailure(error);
    logger.warn('refused a request that could not be authenticated', { status: failure.status, ...errorFields(error) });
    if (failure.status === 503) res.setHeader('Retry-After', '30');
    res.send(failure.status, { error: failure.reason });
    return;
  }

  try {
    const result = await adapter.runTurn(authenticated, activity, (context) => bot.run(context));
    if (result?.body === undefined) res.send(result?.status ?? 200);
    else res.send(result.status, result.body);
  } catch (error) {
    // onTurnError handles what the turn throws; this is the adapter failing around it (a connector it could not create).
    logger.error('adapter failed to process a request', errorFields(error));
    if (!res.headersSent) res.send(500, { error: 'internal error' });
  }
}
