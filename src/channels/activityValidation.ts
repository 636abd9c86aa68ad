import { z } from 'zod';

/*
 * What an incoming activity must be so that CloudAdapter, TurnContext, the bot and the connector client
 * serializing its replies never throw on it. Without this gate the adapter answers a malformed body with
 * HTTP 500, a turn fails with the apology (a recipient missing, a locale Intl refuses), or — posting to a
 * serviceUrl — a reply cannot be serialised (replies copy `from`, `recipient` and `conversation`, whose fields
 * the connector checks by type) and the clinician gets nothing with HTTP 200. Unknown fields pass through.
 *
 * Messages never echo input values: the reason goes back to the caller and into the log.
 */

/** Ids are keys of state and paths of reply URLs; real channels' ids are a few hundred characters at most. */
export const MAX_ID_LENGTH = 1024;

/**
 * No channel we serve sends a longer message (Teams caps one at about 28 KB, the intranet Web Chat at 10,000
 * characters); every text is read as a possible pasted summary, so a longer one would only cost CPU.
 */
export const MAX_TEXT_LENGTH = 40_000;

const nonEmpty = (what: string) =>
  z
    .string({ error: `expected ${what} (a string)` })
    .min(1, `expected ${what}`)
    .max(MAX_ID_LENGTH, `expected ${what} of at most ${MAX_ID_LENGTH} characters`);

const optionalString = z.string({ error: 'expected a string' }).nullish();

const properties = z.looseObject({}, { error: 'expected an object' }).nullish();

/** The fields of a ChannelAccount the connector serializes, by their types. */
const account = (what: string) =>
  z.looseObject(
    { id: nonEmpty(`${what} id`), name: optionalString, role: optionalString, aadObjectId: optionalString, properties },
    { error: `expected ${what} (an object with an id)` },
  );

const conversation = z.looseObject(
  {
    id: nonEmpty('the conversation id'),
    name: optionalString,
    conversationType: optionalString,
    tenantId: optionalString,
    role: optionalString,
    aadObjectId: optionalString,
    isGroup: z.boolean({ error: 'expected true or false' }).nullish(),
    properties,
  },
  { error: 'expected the conversation (an object with an id)' },
);

const objectList = (item: string, items: string) =>
  z.array(z.looseObject({}, { error: `expected each ${item} to be an object` }), {
    error: `expected a list of ${items}`,
  });

/** A BCP 47 language tag as Intl accepts it: the bot formats numbers and dates with it. */
export const languageTag = z.string({ error: 'expected a string' }).refine((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}, 'expected a language tag such as en-US');

const dateTime = z
  .string({ error: 'expected a string' })
  .refine((text) => !Number.isNaN(Date.parse(text)), 'expected an ISO 8601 date and time such as 2026-11-21T10:00:00Z');

export const IncomingActivity = z
  .looseObject(
    {
      type: nonEmpty('the activity type'),
      id: z.string({ error: 'expected a string' }).max(MAX_ID_LENGTH, `expected an id of at most ${MAX_ID_LENGTH} characters`).optional(),
      // State and the serial-turns queue key on channelId + conversation.id.
      channelId: nonEmpty('the channel id'),
      conversation,
      from: account('the sender').optional(),
      // Replies are sent from it, and mentions of the bot are found by its id.
      recipient: account('the recipient'),
      // Replies are POSTed to serviceUrl, unless the caller asked for them in the HTTP response.
      serviceUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
      deliveryMode: z.string({ error: 'expected a string' }).optional(),
      replyToId: z.string({ error: 'expected a string' }).max(MAX_ID_LENGTH, `expected an id of at most ${MAX_ID_LENGTH} characters`).optional(),
      // Prompts and recognizers call string methods on these.
      text: z.string({ error: 'expected a string' }).max(MAX_TEXT_LENGTH, `expected a text of at most ${MAX_TEXT_LENGTH} characters`).optional(),
      name: z.string({ error: 'expected a string' }).optional(),
      locale: languageTag.optional(),
      timestamp: dateTime.optional(),
      localTimestamp: dateTime.optional(),
      channelData: z.looseObject({}, { error: 'expected an object' }).optional(),
      // ActivityHandler compares each member's id with the recipient's.
      membersAdded: z.array(account('a member'), { error: 'expected a list of members' }).optional(),
      membersRemoved: z.array(account('a member'), { error: 'expected a list of members' }).optional(),
      attachments: objectList('attachment', 'attachments').optional(),
      entities: objectList('entity', 'entities').optional(),
    },
    { error: 'expected a JSON object' },
  )
  .superRefine((activity, ctx) => {
    if (activity.deliveryMode !== 'expectReplies' && activity.serviceUrl === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['serviceUrl'],
        message: 'expected the URL replies are sent to (or deliveryMode "expectReplies")',
      });
    }
    // User state keys on from.id, and a message is the user answering.
    if (activity.type === 'message' && activity.from === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'expected the sender (an object with an id) on a message',
      });
    }
  });
export type IncomingActivity = z.infer<typeof IncomingActivity>;

export type ActivityValidation = { ok: true; activity: IncomingActivity } | { ok: false; reason: string };

/** Top-level fields sent as null mean "not set" (Bot Framework clients write `"value": null`): they are dropped first. */
export function withoutNulls(body: unknown): unknown {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
}

export function validateActivity(body: unknown): ActivityValidation {
  const result = IncomingActivity.safeParse(withoutNulls(body));
  if (result.success) return { ok: true, activity: result.data };
  return { ok: false, reason: describeIssues(result.error.issues) };
}

/** `conversation.id: expected the conversation id; serviceUrl: …` — one line, readable in a JSON body. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${['activity', ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}
