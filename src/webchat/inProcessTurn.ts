import { DeliveryModes, type Activity, type CloudAdapter } from 'botbuilder';
import { AuthenticationConstants, ClaimsIdentity, type AuthenticateRequestResult, type BotFrameworkAuthentication } from 'botframework-connector';
import type { Bot } from '../http/messagesRoute';

/** Runs one turn and answers the activities the bot sent in it. */
export type TurnRunner = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

/**
 * Turns of the intranet channel run inside this process, through the same CloudAdapter (its middleware, such
 * as the turn metrics, and onTurnError) as turns from Azure, with deliveryMode expectReplies so the bot's replies
 * are buffered on the turn context instead of POSTed to a connector: no serviceUrl is ever contacted.
 *
 * The request was authenticated by the channel's own token, so there is no Bot Framework JWT to check.
 * Instead of an empty Authorization header (rejected once MicrosoftAppId is set), the adapter gets an
 * AuthenticateRequestResult built the way the SDK builds it for proactive turns: a claims identity naming
 * the bot's app id and the connector factory of the configured BotFrameworkAuthentication. Its connectors
 * are created but, with expectReplies, never called.
 */
export function inProcessTurns(
  adapter: CloudAdapter,
  authentication: BotFrameworkAuthentication,
  botAppId: string | undefined,
  bot: Bot,
): TurnRunner {
  const claimsIdentity = new ClaimsIdentity(
    [
      { type: AuthenticationConstants.AudienceClaim, value: botAppId ?? '' },
      { type: AuthenticationConstants.AppIdClaim, value: botAppId ?? '' },
    ],
    // Authenticated, by the intranet channel's token.
    true,
  );
  const authenticated: AuthenticateRequestResult = {
    // What a reply to the channel would be addressed to in the public cloud, the only one our configuration
    // selects. (ConfigurationBotFrameworkAuthentication does not implement getOriginatingAudience.)
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    claimsIdentity,
    connectorFactory: authentication.createConnectorFactory(claimsIdentity),
  };

  return async (activity) => {
    let replies: Partial<Activity>[] = [];
    await adapter.processActivityDirect(authenticated, { ...activity, deliveryMode: DeliveryModes.ExpectReplies } as Activity, async (context) => {
      // The context is revoked when the turn ends, but its buffer array lives on and still receives what
      // onTurnError sends after a failed turn; so keep the array, and read it once the pipeline is done.
      replies = context.bufferedReplyActivities;
      await bot.run(context);
    });
    return [...replies];
  };
}
