import { ActivityTypes, Channels, type TurnContext } from 'botbuilder';
import { errorFields, type Logger } from '../logger';
import { ingressOf } from './ingress';
import { ReplyTimeoutError } from './replyDeadline';

export const TURN_ERROR_MESSAGE =
  'Sorry, something went wrong on my side. Your answers so far are kept; please send your last message again.';

const KNOWN_TYPES = new Set<string>(Object.values(ActivityTypes));

/**
 * The adapter's onTurnError. Unlike the SDK samples it does not delete conversation state: a clinician
 * halfway through a screening keeps the answers already saved, and can resume from the last one.
 */
export function createTurnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    // No id, no text, no value: those are the conversation's and the patient's. The type only when it is one
    // the Bot Framework defines (a caller may send any string).
    const where = {
      ingress: ingressOf(context),
      activityType: KNOWN_TYPES.has(activity.type) ? activity.type : 'other',
    };
    if (error instanceof ReplyTimeoutError) {
      // The channel did not take a reply in time: an apology would go the same way. The turn ends here,
      // and the conversation's next turns go ahead.
      logger.error('a reply to the channel timed out; the turn was abandoned', { ...errorFields(error), ...where });
      return;
    }
    logger.error('turn failed', { ...errorFields(error), ...where });

    try {
      await context.sendActivity(TURN_ERROR_MESSAGE);
      // Error details are for the developer's Emulator only. The adapter drops traces on other channels,
      // but an expectReplies caller would get them in the response body, so don't send them at all.
      if (activity.channelId === Channels.Emulator) {
        await context.sendTraceActivity(
          'OnTurnError Trace',
          // Anything can be thrown; a non-Error value may be an answer itself.
          error instanceof Error ? `${error.name}: ${error.message}` : `a ${typeof error} was thrown`,
          'https://www.botframework.com/schemas/error',
          'TurnError',
        );
      }
    } catch (sendError) {
      // Rethrowing would make CloudAdapter print the raw error and answer 500; the log line is enough.
      logger.error('could not report a failed turn to the user', { ...errorFields(sendError), ...where });
    }
  };
}
