import { CloudAdapter, type Request, type TurnContext } from '@microsoft/agents-hosting';
import type { Activity } from '@microsoft/agents-activity';
import type { AppConfig } from '../../config';
import type { ActivityJson } from '../activity';
import type { AdapterOptions } from '../adapterOptions';
import type { Authenticated, Bot, BotFrameworkAdapter } from '../seam';
import { runTurnOf, turnErrorHandler, type TurnContextLike, type TurnOptions } from '../turns';
import { agentsAuthentication, type Caller } from './authentication';
import { CapturedResponse } from './capturedResponse';
import { DeadlineCloudAdapter } from './deadlineCloudAdapter';
import { agentsAuthConfiguration } from './settings';
import { refusingUnreadable, sdkReadable } from './wireCompatibility';

/** The Microsoft 365 Agents SDK, @microsoft/agents-hosting 1.8 (BOT_SDK=agents): its CloudAdapter, JWT validation and connector client. */
export function createAgentsAdapter(config: AppConfig, options: AdapterOptions): BotFrameworkAdapter {
  const authConfig = agentsAuthConfiguration(config, options.keyServer);
  const authenticate = agentsAuthentication(authConfig);
  const adapter = new DeadlineCloudAdapter(authConfig, config.REPLY_TIMEOUT_SECONDS * 1000);
  const turnOptions: TurnOptions = { ingress: options.ingress ?? 'bot-framework', logger: options.logger, metrics: options.metrics };
  const onTurnError = turnErrorHandler(turnOptions);
  adapter.onTurnError = (context, error) => onTurnError(contextLike(context), error);
  const logic = (bot: Bot) => (context: TurnContext) => runTurnOf(bot, contextLike(context), textWithoutMention(context.activity), turnOptions);

  /** CloudAdapter.process on the activity, its answer kept as data. */
  const process = async (activity: ActivityJson, caller: Caller, bot: Bot) => {
    const response = new CapturedResponse();
    const request: Request = { method: 'POST', headers: {}, body: sdkReadable(activity), ...(caller ? { user: caller } : {}) };
    await adapter.process(request, response, logic(bot));
    return response.result;
  };
  // The turns of a channel served in this process carry the bot's identity, as a proactive turn does.
  const botIdentity = config.MicrosoftAppId === undefined ? undefined : CloudAdapter.createIdentity(config.MicrosoftAppId);

  return {
    authenticate: async (activity, authorization) => (await authenticate(activity, authorization)) as unknown as Authenticated,
    runTurn: (authenticated, activity, target) => refusingUnreadable(() => process(activity, authenticated as unknown as Caller, target)),
    async runInProcess(activity, target) {
      const { status, body } = await process({ ...activity, deliveryMode: 'expectReplies' }, botIdentity, target);
      const activities = (body as { activities?: Activity[] } | undefined)?.activities;
      if (activities === undefined) throw new Error(`the Agents SDK answered an in-process turn with HTTP ${status} and no replies: expected 200 and the turn's activities`);
      // The SDK's Activity objects, as JSON.
      return JSON.parse(JSON.stringify(activities)) as ActivityJson[];
    },
  };
}

function contextLike(context: TurnContext): TurnContextLike {
  return {
    activity: context.activity as unknown as ActivityJson,
    // The SDK reads each activity with Activity.fromObject: plain JSON is what it takes.
    sendActivities: (activities) => context.sendActivities(activities as unknown as Activity[]),
  };
}

/** The message's text as the SDK leaves it once it has taken out Teams' @mention of the bot. */
function textWithoutMention(activity: Activity): string {
  if (typeof activity.text !== 'string') return '';
  return activity.recipient?.id ? activity.removeRecipientMention() : activity.text;
}
