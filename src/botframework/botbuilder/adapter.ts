import { CloudAdapter, DeliveryModes, TurnContext, type Activity } from 'botbuilder';
import { validateAndFixActivity } from 'botbuilder/lib/activityValidator';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult } from 'botframework-connector';
import type { AppConfig } from '../../config';
import type { ActivityJson } from '../activity';
import type { AdapterOptions } from '../adapterOptions';
import type { Authenticated, Bot, BotFrameworkAdapter } from '../seam';
import { runTurnOf, turnErrorHandler, type TurnContextLike, type TurnOptions } from '../turns';
import { DeadlineAuthentication, failureOf } from './authentication';

/** CloudAdapter with authentication and the turn as two steps, so the route decides what a refusal says. */
class TwoStepCloudAdapter extends CloudAdapter {
  runTurn(authenticated: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(authenticated, activity, logic);
  }
}

/** botbuilder 4.23 (BOT_SDK=botbuilder): its CloudAdapter, JWT validation and connector client. */
export function createBotbuilderAdapter(config: AppConfig, options: AdapterOptions): BotFrameworkAdapter {
  const authentication = new DeadlineAuthentication(config, options.keyServer);
  const adapter = new TwoStepCloudAdapter(authentication);
  const turnOptions: TurnOptions = { ingress: options.ingress ?? 'bot-framework', logger: options.logger, metrics: options.metrics };
  const onTurnError = turnErrorHandler(turnOptions);
  adapter.onTurnError = (context, error) => onTurnError(contextLike(context), error);
  const logic = (bot: Bot) => (context: TurnContext) => runTurnOf(bot, contextLike(context), textWithoutMention(context.activity), turnOptions);

  // A channel served in this process authenticated its caller with its own token: there is no Bot Framework JWT to
  // check, and an empty Authorization header is refused once MicrosoftAppId is set. Its turns get what the SDK builds
  // for proactive turns: a claims identity naming the bot's app id and the configured connector factory, whose
  // connectors, with expectReplies, are never called.
  const claimsIdentity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: config.MicrosoftAppId ?? '' },
      { type: AuthenticationConstants.AppIdClaim, value: config.MicrosoftAppId ?? '' },
    ],
    true,
  );
  const inProcess: AuthenticateRequestResult = {
    // What a reply would be addressed to in the public cloud, the only one our configuration selects.
    // (ConfigurationBotFrameworkAuthentication does not implement getOriginatingAudience.)
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: authentication.createConnectorFactory(claimsIdentity),
  };

  return {
    async authenticate(activity, authorization) {
      try {
        return (await authentication.authenticateRequest(activity as Partial<Activity> as Activity, authorization)) as unknown as Authenticated;
      } catch (error) {
        throw failureOf(error);
      }
    },
    async runTurn(authenticated, activity, bot) {
      // As CloudAdapter.process would: timestamps become Dates (their text is kept as rawTimestamp…).
      const sdkActivity = validateAndFixActivity(activity as Partial<Activity> as Activity);
      const result = await adapter.runTurn(authenticated as unknown as AuthenticateRequestResult, sdkActivity, logic(bot));
      return { status: result?.status ?? 200, ...(result?.body === undefined ? {} : { body: result.body }) };
    },
    async runInProcess(activity, bot) {
      let replies: Partial<Activity>[] = [];
      const expectingReplies = { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Partial<Activity> as Activity;
      await adapter.processActivityDirect(inProcess, expectingReplies, async (context) => {
        // The context is revoked when the turn ends, but its buffer lives on and still receives what onTurnError
        // sends after a failed turn; so keep the array, and read it once the pipeline is done.
        replies = context.bufferedReplyActivities;
        await logic(bot)(context);
      });
      return [...replies] as ActivityJson[];
    },
  };
}

function contextLike(context: TurnContext): TurnContextLike {
  return {
    activity: context.activity as unknown as ActivityJson,
    sendActivities: (activities) => context.sendActivities(activities as Partial<Activity>[]),
  };
}

/** The message's text as the SDK leaves it once it has taken out Teams' @mention of the bot. */
function textWithoutMention(activity: Activity): string {
  if (typeof activity.text !== 'string') return '';
  return activity.recipient?.id ? TurnContext.removeRecipientMention(activity) : activity.text;
}
