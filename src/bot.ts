import type { Catalog } from './catalog/loadCatalog';
import type { ActivityJson } from './botframework/activity';
import { localeOf, type Locale } from './domain/wording';
import type { Bot, Turn } from './botframework/seam';
import { personalOnlyMessage, renderReplies } from './replies/render';
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
 * Channel glue, on the SDK-free seam: turns an activity into the screening's input, runs the screening's
 * transition on the stored state, stores the new state and sends the replies. Greets when members are added,
 * reads a message without Teams' @mention of the bot, keeps group chats out (answers of several clinicians must
 * never mix); other activities are left alone.
 *
 * A turn holds the conversation's lock (turns of one conversation, on any instance, one at a time) and writes
 * with the eTag it read: a write refused because another write came in between is retried on fresh state, and a
 * redelivered activity is recognised from the state itself, so an answer is neither lost nor applied twice.
 */
export class ScreeningBot implements Bot {
  constructor(private readonly deps: ScreeningBotDeps) {}

  async run(turn: Turn): Promise<void> {
    const { type, membersAdded } = turn.activity;
    if (type === 'conversationUpdate' && membersAdded !== undefined && membersAdded.length > 0) {
      if (!isSharedConversation(turn.activity)) await this.take(turn, withLocale({ kind: 'opened' }, turn.activity));
    } else if (type === 'message') {
      if (isSharedConversation(turn.activity)) await turn.send([personalOnlyMessage(channelLocale(turn.activity) ?? 'en')]);
      else await this.take(turn, withLocale(messageInput(turn), turn.activity));
    }
  }

  private async take(turn: Turn, input: ScreeningInput): Promise<void> {
    const key = stateKey(turn);
    const { store, screening, sessions, catalog } = this.deps;
    await this.deps.lock.run(key, async () => {
      for (let attempt = 1; ; attempt++) {
        const stored = await store.read(key);
        const { state, replies, session, duplicate } = screening.step(sessions.take(key), readScreening(stored?.value), input, deliveryKey(turn.activity));
        sessions.keep(key, session);
        const written = duplicate ? { ok: true } : await store.write(key, state, stored?.etag);
        if (written.ok) {
          await this.report(turn.activity.channelId ?? '', replies);
          return turn.send(renderReplies(replies, catalog, state.locale));
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
function stateKey({ ingress, activity }: Turn): string {
  return JSON.stringify([ingress, activity.channelId, activity.conversation?.id]);
}

/**
 * What identifies this delivery of an activity: the client's own id for a message (Direct Line's
 * clientActivityID, the same when the client posts it again), else the activity id.
 */
function deliveryKey(activity: Readonly<ActivityJson>): string | undefined {
  const clientId = activity.channelData?.clientActivityID;
  if (typeof clientId === 'string' && clientId !== '') return `client:${clientId}`;
  return typeof activity.id === 'string' && activity.id !== '' ? `activity:${activity.id}` : undefined;
}

function messageInput({ activity, text }: Turn): ScreeningInput {
  const card = CardData.safeParse(activity.value);
  return card.success && isPlainObject(activity.value) ? { kind: 'message', text, card: card.data } : { kind: 'message', text };
}

/**
 * The language the channel says the clinician uses: the activity's `locale` (Teams sends the user's; the Web Chat
 * page sends its `?lang=` or the browser's), when it is one the assistant speaks.
 */
function channelLocale(activity: Readonly<ActivityJson>): Locale | undefined {
  return typeof activity.locale === 'string' ? localeOf(activity.locale) : undefined;
}

function withLocale(input: ScreeningInput, activity: Readonly<ActivityJson>): ScreeningInput {
  const locale = channelLocale(activity);
  return locale ? { ...input, locale } : input;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Group chats and channels share one conversation among many clinicians. */
function isSharedConversation(activity: Readonly<ActivityJson>): boolean {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' || activity.conversation?.isGroup === true;
}
