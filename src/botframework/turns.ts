import type { Ingress } from '../channels/ingress';
import { errorFields, type Logger } from '../logger';
import type { Metrics } from '../operations/metrics';
import { localeOf } from '../domain/wording';
import { turnErrorText, type OutgoingMessage } from '../replies/render';
import type { ActivityJson } from './activity';
import { outgoingActivities } from './outgoingActivities';
import { ChannelUnreachableError, ReplyTimeoutError } from './channelUnreachable';
import type { Bot, Turn } from './seam';

/*
 * What both SDKs' adapters do around a bot's turn, written once: the Turn the bot sees, the turn's metrics, and
 * what a failed turn says and logs. Each SDK's adapter hands its TurnContext over as a TurnContextLike.
 */

/** What a turn uses of an SDK's TurnContext: the activity received, and sending activities in the turn. */
export interface TurnContextLike {
  readonly activity: ActivityJson;
  sendActivities(activities: ActivityJson[]): Promise<unknown>;
}

export interface TurnOptions {
  ingress: Ingress;
  logger: Logger;
  metrics?: Metrics | undefined;
}

/** Something thrown that is not an Error: not described (it may be the answer itself), but a failed turn all the same. */
class NonErrorThrown extends Error {
  constructor() {
    super('a value that is not an Error was thrown');
    this.name = 'NonErrorThrown';
  }
}

/**
 * Runs `bot` on the turn, counted by entry point and outcome (a turn that throws counts as failed: the user gets
 * the apology). A thrown non-Error becomes NonErrorThrown, which both SDKs hand to onTurnError (the Agents SDK
 * would otherwise fail the request).
 */
export async function runTurnOf(bot: Bot, context: TurnContextLike, text: string, { ingress, metrics }: TurnOptions): Promise<void> {
  const started = process.hrtime.bigint();
  const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
  try {
    await bot.run(turnOf(context, text, ingress));
  } catch (error) {
    metrics?.turnEnded(ingress, seconds(), 'failed');
    throw error instanceof Error ? error : new NonErrorThrown();
  }
  metrics?.turnEnded(ingress, seconds(), 'ok');
}

function turnOf(context: TurnContextLike, text: string, ingress: Ingress): Turn {
  return {
    activity: context.activity,
    ingress,
    text,
    send: async (messages: readonly OutgoingMessage[]) => {
      if (messages.length > 0) await context.sendActivities(outgoingActivities(messages));
    },
  };
}

/** The activity types the Bot Framework defines: a log line names one of them, never a string a caller made up. */
const KNOWN_TYPES = new Set([
  'message', 'contactRelationUpdate', 'conversationUpdate', 'typing', 'endOfConversation', 'event', 'invoke', 'invokeResponse',
  'deleteUserData', 'messageUpdate', 'messageDelete', 'installationUpdate', 'messageReaction', 'suggestion', 'trace', 'handoff', 'command', 'commandResult',
]);

/**
 * The adapters' onTurnError. Unlike the SDK samples it does not delete conversation state: a clinician halfway
 * through a screening keeps the answers already saved, and can resume from the last one.
 */
export function turnErrorHandler({ ingress, logger }: TurnOptions): (context: TurnContextLike, error: unknown) => Promise<void> {
  return async (context, error) => {
    const { activity } = context;
    // No id, no text, no value: those are the conversation's and the patient's.
    const where = { ingress, activityType: KNOWN_TYPES.has(activity.type) ? activity.type : 'other' };
    if (error instanceof ChannelUnreachableError) {
      // The channel did not take a reply: an apology would go the same way. The turn ends here, and the
      // conversation's next turns go ahead.
      const what = error instanceof ReplyTimeoutError ? 'a reply to the channel timed out' : 'a reply could not reach the channel';
      logger.error(`${what}; the turn was abandoned`, { ...errorFields(error), ...where });
      return;
    }
    logger.error('turn failed', { ...errorFields(error), ...where });
    try {
      await context.sendActivities([
        // In the user's language as the activity gives it: the state, and the language chosen in it, may be what failed.
        { type: 'message', text: turnErrorText(localeOf(activity.locale) ?? 'en') },
        // Error details are for the developer's Emulator only. The adapters drop traces on other channels, but an
        // expectReplies caller would get them in the response body, so they are not sent at all.
        ...(activity.channelId === 'emulator' ? [errorTrace(error)] : []),
      ]);
    } catch (sendError) {
      // Rethrowing would make the adapter print the raw error and answer 500; the log line is enough.
      logger.error('could not report a failed turn to the user', { ...errorFields(sendError), ...where });
    }
  };
}

/** The trace the Emulator shows for a failed turn, as the SDKs' own onTurnError sends it. */
function errorTrace(error: unknown): ActivityJson {
  return {
    type: 'trace',
    name: 'OnTurnError Trace',
    label: 'TurnError',
    valueType: 'https://www.botframework.com/schemas/error',
    // A NonErrorThrown says only that: the value thrown may be an answer itself.
    value: error instanceof Error ? `${error.name}: ${error.message}` : 'a value that is not an Error was thrown',
  };
}
