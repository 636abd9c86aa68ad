import { ActivityHandler, ActivityTypes, CardFactory, TurnContext, type Activity } from 'botbuilder';
import type { Catalog } from './catalog/loadCatalog';
import { ingressOf } from './channels/ingress';
import { personalOnlyMessage, renderReplies, type OutgoingMessage } from './replies/render';
import { CardData, type ScreeningInput } from './screening/input';
import type { Screening } from './screening/screening';
import type { ScreeningSessions } from './screening/sessions';
import type { Reply } from './screening/replies';
import { readScreening } from './screening/state';
import type { ScreeningObserver } from './screeningEvents';
import type { StateStore, TurnLock } from './store/stateStore';

/** Writes refused because another instance wrote first, before the turn gives up (each retry works on fresh state). */
const MAX_WRITE_ATTEMPTS = 5;

export interface ScreeningBotDeps {
  screening: Screening;
  /** The engine session of each conversation on this instance. */
  sessions: ScreeningSessions;
  catalog: Catalog;
  store: StateStore;
  lock: TurnLock;
  /** Told when a screening starts and when it reaches its verdicts (metrics, the pre-screening log). */
  observer?: ScreeningObserver;
}

/**
 * Channel glue: turns an activity into the screening's input, runs the screening's transition on the stored
 * state, stores the new state and sends the replies. Greets on conversationUpdate, strips Teams' @mention, keeps
 * group chats out (answers of several clinicians must never mix).
 *
 * A turn holds the conversation's lock (turns of one conversation, on any instance, one at a time) and writes
 * with the eTag it read: a write refused because another write came in between is retried on fresh state, and a
 * redelivered activity is recognised from the state itself, so an answer is neither lost nor applied twice.
 */
export class ScreeningBot extends ActivityHandler {
  constructor(private readonly deps: ScreeningBotDeps) {
    super();
    this.onMembersAdded(async (context, next) => {
      if (!isSharedConversation(context)) await this.take(context, { kind: 'opened' });
      await next();
    });
    this.onMessage(async (context, next) => {
      if (isSharedConversation(context)) await send(context, [personalOnlyMessage()]);
      else await this.take(context, messageInput(context));
      await next();
    });
  }

  private async take(context: TurnContext, input: ScreeningInput): Promise<void> {
    const key = stateKey(context);
    const { store, screening, sessions, catalog } = this.deps;
    await this.deps.lock.run(key, async () => {
      for (let attempt = 1; ; attempt++) {
        const stored = await store.read(key);
        const before = stored?.value;
        const { state, replies, session } = screening.step(sessions.take(key), readScreening(before), input, deliveryKey(context.activity));
        sessions.keep(key, session);
        const unchanged = before !== undefined && JSON.stringify(before) === JSON.stringify(state);
        const written = unchanged ? { ok: true } : await store.write(key, state, stored?.etag);
        if (written.ok) {
          await this.report(context.activity.channelId, replies);
          return send(context, renderReplies(replies, catalog));
        }
        if (attempt >= MAX_WRITE_ATTEMPTS) throw new Error(`state of a conversation changed by other writers ${attempt} times in a row`);
      }
    });
  }

  /** The screening events among the replies of a turn whose state was stored. */
  private async report(channel: string, replies: readonly Reply[]): Promise<void> {
    const { observer } = this.deps;
    if (!observer) return;
    for (const reply of replies) {
      if (reply.kind === 'started') observer.started(channel);
      else if (reply.kind === 'screened') await observer.screened(channel, reply.results, reply.day);
    }
  }
}

/** The conversation's state key: entry point, channel and conversation, unambiguous whatever the ids contain. */
function stateKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return JSON.stringify([ingressOf(context), channelId, conversation.id]);
}

/**
 * What identifies this delivery of an activity: the client's own id for a message (Direct Line's
 * clientActivityID, the same when the client posts it again), else the activity id.
 */
function deliveryKey(activity: Activity): string | undefined {
  const clientId = (activity.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID;
  if (typeof clientId === 'string' && clientId !== '') return `client:${clientId}`;
  return typeof activity.id === 'string' && activity.id !== '' ? `activity:${activity.id}` : undefined;
}

function messageInput(context: TurnContext): ScreeningInput {
  const { activity } = context;
  // Teams prefixes the text with the bot's @mention. A mention entity that names nobody cannot be the bot's.
  if (activity.entities) activity.entities = activity.entities.filter((e) => e.type !== 'mention' || typeof (e as { mentioned?: { id?: unknown } }).mentioned?.id === 'string');
  if (activity.recipient?.id) TurnContext.removeRecipientMention(activity);
  const card = CardData.safeParse(activity.value);
  const text = typeof activity.text === 'string' ? activity.text : '';
  return card.success && isPlainObject(activity.value) ? { kind: 'message', text, card: card.data } : { kind: 'message', text };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function send(context: TurnContext, messages: readonly OutgoingMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await context.sendActivities(
    messages.map((m): Partial<Activity> => ({
      type: ActivityTypes.Message,
      ...(m.text !== undefined ? { text: m.text, textFormat: 'markdown' } : {}),
      // The plain version stands in for a card where cards are not shown; a text message is its own (and a results
      // list sent twice would pass Teams' 40 KB).
      ...(m.card ? { summary: m.summary, attachments: [CardFactory.adaptiveCard(m.card)] } : {}),
    })),
  );
}

/** Group chats and channels share one conversation among many clinicians. */
function isSharedConversation(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || context.activity.conversation?.isGroup === true;
}
