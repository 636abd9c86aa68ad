import { Channels, type TurnContext } from 'botbuilder';
import { errorFields, type Logger } from '../logger';

export const TURN_ERROR_MESSAGE =
  'Sorry, something went wrong on my side. Your answers so far are kept; please send your last message again.';

/**
 * The adapter's onTurnError. Unlike the SDK samples it does not delete conversation state: a clinician
 * halfway through a screening keeps the answers already saved, and can resume from the last one.
 */
export function createTurnErrorHandler(logger: Logger): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    const activity = context.activity;
    // Ids and types only: the activity's text and value are patient data.
    const where = {
      channelId: activity.channelId,
      conversationId: activity.conversation?.id,
      activityType: activity.type,
    };
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
