import type { ActivityJson } from '../botframework/activity';
import { z } from 'zod';
import { normalizedInput } from '../channels/activityNormalization';
import { describeIssues, languageTag, withoutNulls } from '../channels/activityValidation';

/**
 * What a browser may post into the intranet channel. Only these fields are kept: addressing fields the
 * caller sends (id, from, recipient, conversation, channelId, serviceUrl, replyToId, deliveryMode, …)
 * are dropped here and set by the server, so a caller can neither pose as someone else nor choose where
 * replies go. Messages never echo input values.
 */

export const MAX_TEXT_LENGTH = 10_000;

const POSTABLE_TYPES = ['message', 'typing', 'event'] as const;

const text = (what: string, max: number) =>
  z.string({ error: `expected ${what} (a string)` }).max(max, `expected ${what} of at most ${max} characters`);

// An empty name or time says nothing, and the Agents SDK's schema refuses one (botbuilder's takes it).
const label = (what: string, max: number) => text(what, max).min(1, `expected ${what} to be left out or not empty`);

export const PostedActivity = z
  .object(
    {
      // conversationUpdate and the like come from the server only: a client could otherwise replay the greeting.
      type: z.enum(POSTABLE_TYPES, { error: `expected the activity type to be one of ${POSTABLE_TYPES.join(', ')}` }),
      text: text('the text', MAX_TEXT_LENGTH).optional(),
      // Card buttons and forms (Action.Submit) send their data here.
      value: z.unknown().optional(),
      name: label('the event name', 200).optional(),
      textFormat: z.enum(['plain', 'markdown', 'xml'], { error: 'expected textFormat plain, markdown or xml' }).optional(),
      locale: languageTag.optional(),
      localTimestamp: label('the local timestamp', 64).optional(),
      localTimezone: label('the local time zone', 64).optional(),
      // Web Chat matches its message with the echo by channelData.clientActivityID, the only part kept.
      channelData: z
        .object({ clientActivityID: text('channelData.clientActivityID', 100).optional() }, { error: 'expected channelData to be an object' })
        .optional(),
      entities: z
        .array(z.looseObject({}, { error: 'expected each entity to be an object' }), { error: 'expected a list of entities' })
        .max(8, 'expected at most 8 entities')
        .optional(),
      attachments: z
        .array(z.unknown(), { error: 'expected a list of attachments' })
        .max(0, 'expected no attachments: this channel does not take files; type the answer instead')
        .optional(),
    },
    { error: 'expected a JSON object' },
  )
  .superRefine((activity, ctx) => {
    if (activity.type === 'message' && activity.text === undefined && activity.value === undefined) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'expected text or a value on a message' });
    }
  });
export type PostedActivity = z.infer<typeof PostedActivity>;

export type PostedActivityCheck = { ok: true; activity: PostedActivity } | { ok: false; reason: string };

/** The posted activity checked, and normalised as every entry point normalises input (see normalizedInput). */
export function checkPostedActivity(body: unknown): PostedActivityCheck {
  const result = PostedActivity.safeParse(withoutNulls(body));
  if (result.success) return { ok: true, activity: normalizedInput(result.data) };
  return { ok: false, reason: describeIssues(result.error.issues) };
}

/** The bot's side of the channel; its id is what replies carry in `from`. */
export const BOT_ACCOUNT = { id: 'trial-screening-assistant', name: 'Trial screening assistant', role: 'bot' } as const;

export const CHANNEL_ID = 'webchat';

export interface Addressing {
  conversationId: string;
  userId: string;
}

/** The fields the server sets on every activity into the bot, from the token's grant alone. */
export function addressing({ conversationId, userId }: Addressing): Required<Pick<ActivityJson, 'channelId' | 'conversation' | 'from' | 'recipient'>> {
  return {
    channelId: CHANNEL_ID,
    // One clinician per conversation: never a group, so the bot's group-chat guard stays out of the way.
    conversation: { id: conversationId, conversationType: 'personal', isGroup: false, name: 'Trial screening' },
    from: { id: userId, name: 'Clinician', role: 'user' },
    recipient: { ...BOT_ACCOUNT },
  };
}

/** The posted activity as the conversation records it and the bot receives it. */
export function addressed(activity: PostedActivity, to: Addressing): ActivityJson {
  // Its attachments, if any, are an empty list (PostedActivity refuses files).
  return { ...(activity as ActivityJson), ...addressing(to) };
}
