import { z } from 'zod';

/*
 * The minimum an incoming activity needs so that CloudAdapter, TurnContext, ActivityHandler and the
 * state stores do not throw on it. Without this gate the adapter answers a malformed body with HTTP 500
 * (for example `validateAndFixActivity(): missing activity type`, or a TypeError when a reply
 * dereferences `conversation.id`). Unknown fields pass through untouched.
 *
 * Messages never echo input values: the reason goes back to the caller and into the log.
 */

const nonEmpty = (what: string) => z.string({ error: `expected ${what} (a string)` }).min(1, `expected ${what}`);

const account = (what: string) =>
  z.looseObject({ id: nonEmpty(`${what} id`) }, { error: `expected ${what} (an object)` });

const objectList = (item: string, items: string) =>
  z.array(z.looseObject({}, { error: `expected each ${item} to be an object` }), {
    error: `expected a list of ${items}`,
  });

export const IncomingActivity = z
  .looseObject(
    {
      type: nonEmpty('the activity type'),
      id: z.string({ error: 'expected a string' }).optional(),
      // ConversationState keys on channelId + conversation.id, and so does the serial-turns queue.
      channelId: nonEmpty('the channel id'),
      conversation: z.looseObject(
        { id: nonEmpty('the conversation id') },
        { error: 'expected the conversation (an object with an id)' },
      ),
      from: account('the sender').optional(),
      recipient: account('the recipient').optional(),
      // Replies are POSTed to serviceUrl, unless the caller asked for them in the HTTP response.
      serviceUrl: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
      deliveryMode: z.string({ error: 'expected a string' }).optional(),
      // Prompts and recognizers call string methods on these.
      text: z.string({ error: 'expected a string' }).optional(),
      locale: z.string({ error: 'expected a string' }).optional(),
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
    // UserState keys on from.id, and a message is the user answering.
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

export function validateActivity(body: unknown): ActivityValidation {
  const result = IncomingActivity.safeParse(body);
  if (result.success) return { ok: true, activity: result.data };
  return { ok: false, reason: describeIssues(result.error.issues) };
}

/** `conversation.id: expected the conversation id; serviceUrl: …` — one line, readable in a JSON body. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${['activity', ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}
