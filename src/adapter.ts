import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';
import { createAuthentication } from './channels/authentication';
import { markIngress, type Ingress } from './channels/ingress';
import { createTurnErrorHandler } from './channels/turnErrorHandler';
import { turnMetrics } from './channels/turnMetrics';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { Metrics } from './operations/metrics';

/**
 * CloudAdapter with authentication and the turn as two steps, so the route decides what a refusal says
 * (CloudAdapter.process answers the SDK's internal error text, and prints every refusal's stack to stderr).
 */
export class ScreeningAdapter extends CloudAdapter {
  /** The request's claims, or throws (an AuthenticationError for a bad token; anything when keys cannot be fetched). */
  authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  /**
   * The turn's middleware and logic, then what the HTTP response carries: the replies of an expectReplies
   * turn or an invoke's response; undefined for a turn whose replies went to the channel's serviceUrl.
   */
  runTurn(
    authenticated: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authenticated, activity, logic);
  }
}

export interface AdapterOptions {
  /** The entry point whose turns this adapter runs: conversation state (and its turn lock) are kept apart by it. */
  ingress?: Ingress;
  metrics?: Metrics;
}

/**
 * The Bot Framework adapter for our configuration, for one entry point. `authentication` defaults to one built
 * from `config`; tests pass one with SDK overrides.
 */
export function createAdapter(
  config: AppConfig,
  logger: Logger,
  authentication: BotFrameworkAuthentication = createAuthentication(config),
  { ingress = 'bot-framework', metrics }: AdapterOptions = {},
): ScreeningAdapter {
  const adapter = new ScreeningAdapter(authentication);
  // Marked before any other middleware, so each of them (and the bot) can key on it.
  adapter.use({
    onTurn: async (context, next) => {
      markIngress(context, ingress);
      await next();
    },
  });
  if (metrics) adapter.use(turnMetrics(metrics));
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
