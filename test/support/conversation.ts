import type { ActivityJson, Attachment, ChannelAccount, ConversationAccount } from '../../src/botframework/activity';
import { createAdapter } from '../../src/botframework/createAdapter';
import type { BotFrameworkAdapter } from '../../src/botframework/seam';
import type { Catalog } from '../../src/catalog/loadCatalog';
import { fixedClock } from '../../src/clock';
import { loadConfig } from '../../src/config';
import type { Day } from '../../src/dates/calendar';
import type { CardData } from '../../src/screening/input';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import type { StateStore } from '../../src/store/stateStore';
import type { FactValue } from '../../src/domain/factValue';
import { testAssistant, type TestAssistantOptions } from './assistant';
import { cardQuestion, ENGLISH_DEFAULTS, factsAsked, profileAnswer, type CardQuestion, type ProfileDefaults } from './cardQuestion';
import { EVALUATION_DAY, realCatalog } from './catalog';
import { RecordingLogger } from './recordingLogger';
import type { BotSdk } from './sdks';

export interface Reply {
  /** The message in plain text, as a client that shows no cards gets it (the activity's summary). */
  text: string;
  /** The message text as Teams and Web Chat render it (markdown), without the card. */
  shown: string;
  attachments: Attachment[];
  /** The activity as the channel receives it (for size and shape checks). */
  activity: ActivityJson;
}

export interface ConversationOptions extends Omit<TestAssistantOptions, 'catalog' | 'clock'> {
  /** The SDK whose adapter runs the turns (botbuilder by default). */
  sdk?: BotSdk;
  /** The user's language as the channel sends it on every activity ("zh-CN"); none by default. */
  locale?: string;
}

/**
 * Drives the whole bot through a real adapter of the SDK (BotFrameworkAdapter.runInProcess, with expectReplies),
 * one turn at a time, collecting every reply of the turn — the way a clinician's client would see them.
 */
export class Conversation {
  readonly transcript: { from: 'user' | 'bot'; text: string }[] = [];
  /** Every reply of the conversation so far. */
  readonly replies: Reply[] = [];
  readonly user: ChannelAccount = { id: 'user', name: 'User1', role: 'user' };
  readonly bot: ChannelAccount = { id: 'bot', name: 'Bot', role: 'bot' };
  /** What the adapter logged (a failed turn, say). */
  readonly logger = new RecordingLogger();
  private readonly conversation: ConversationAccount;
  private readonly assistant;
  private readonly adapter: BotFrameworkAdapter;
  private nextId = 0;
  private readonly locale: string | undefined;
  private readonly store: LastWrittenStore;

  /** One question at a time unless `options.groupSize` says otherwise. */
  constructor(
    private readonly catalog: Catalog = realCatalog(),
    day: Day = EVALUATION_DAY,
    conversation: Partial<ConversationAccount> = {},
    private readonly channelId = 'test',
    { sdk = 'botbuilder', locale, store, ...options }: ConversationOptions = {},
  ) {
    this.locale = locale;
    // Written through to a store given (bench:state measures what it is given), else to one of its own.
    this.store = new LastWrittenStore(store ?? new MemoryStateStore(12 * 3_600_000));
    this.assistant = testAssistant({ catalog, clock: fixedClock(day), ...options, store: this.store });
    this.adapter = createAdapter(loadConfig({ BOT_SDK: sdk }), { logger: this.logger });
    this.conversation = { id: 'Convo1', ...conversation };
  }

  /** The conversation opens as channels open it: the user joins. */
  async start(): Promise<Reply[]> {
    return this.turn({ type: 'conversationUpdate', membersAdded: [this.user, this.bot] });
  }

  /** The answers the bot has recorded so far, as its stored state holds them. */
  get answers(): Record<string, FactValue> {
    return (this.store.last as { answers?: Record<string, FactValue> } | undefined)?.answers ?? {};
  }

  async say(text: string): Promise<Reply[]> {
    this.transcript.push({ from: 'user', text });
    return this.turn({ type: 'message', text });
  }

  /** A card button or form submission: input arrives in `value`, not `text`. */
  async submit(value: object): Promise<Reply[]> {
    this.transcript.push({ from: 'user', text: `[button ${JSON.stringify(value)}]` });
    return this.turn({ type: 'message', value });
  }

  /** One activity from the user, addressed as the channel addresses it unless `activity` says otherwise. */
  async turn(activity: ActivityJson): Promise<Reply[]> {
    const addressed: ActivityJson = {
      id: String((this.nextId += 1)),
      channelId: this.channelId,
      conversation: this.conversation,
      from: this.user,
      recipient: this.bot,
      timestamp: new Date().toISOString(),
      ...(this.locale ? { locale: this.locale } : {}),
      ...activity,
    };
    const sent = await this.adapter.runInProcess(addressed, this.assistant);
    const replies = sent.map((a) => ({ text: a.summary ?? plainOf(a.text ?? ''), shown: a.text ?? '', attachments: a.attachments ?? [], activity: a }));
    for (const r of replies) this.transcript.push({ from: 'bot', text: r.text });
    this.replies.push(...replies);
    await this.checkAnsweredUnknown(replies);
    return replies;
  }

  /**
   * Every whole-bot transcript checks the results' truth as it goes: a fact listed as answered "unknown" was
   * answered unknown (or stayed unreadable), never answered with a value.
   */
  private async checkAnsweredUnknown(replies: readonly Reply[]): Promise<void> {
    const listed = replies.flatMap((r) => [...r.text.matchAll(/Answered "unknown": ([^\n]*)/g)].flatMap((m) => m[1]!.replace(/\.$/, '').split('; ')));
    if (listed.length === 0) return;
    const answers = (this.store.last as { answers?: Record<string, { kind: string }> } | undefined)?.answers ?? {};
    for (const label of listed) {
      const fact = [...this.catalog.facts.values()].find((f) => f.label === label);
      if (!fact || answers[fact.id]?.kind !== 'unknown') throw new Error(`the results list "${label}" as answered "unknown", but the conversation answered it ${JSON.stringify(answers[fact?.id ?? ''])}`);
    }
  }
}

/** A store that remembers the last state written (a conversation's own store holds that conversation only). */
class LastWrittenStore implements StateStore {
  last: unknown;
  constructor(private readonly inner: StateStore) {}
  read(key: string) {
    return this.inner.read(key);
  }
  async write(key: string, value: unknown, etag: string | undefined) {
    const written = await this.inner.write(key, value, etag);
    if (written.ok) this.last = value;
    return written;
  }
  delete(key: string) {
    return this.inner.delete(key);
  }
  ping() {
    return this.inner.ping();
  }
  close() {
    return this.inner.close();
  }
}

/**
 * A text message as a client without markdown shows it: the lines and "•" lists our texts are written in
 * (src/replies/markdown.ts turns them into paragraphs and markdown lists).
 */
export function plainOf(markdown: string): string {
  return markdown
    .split('\n\n')
    .flatMap((block) => block.split('\n').map((line) => line.replace(/^- /, '• ').replace(/^ {2}- /, '  ')))
    .map((line) => line.replace(/\\([\\*_`])/g, '$1'))
    .join('\n');
}

/** Every button's data in a reply's cards. */
export function buttons(replies: readonly Reply[]): { title: string; data: CardData }[] {
  return replies.flatMap((r) =>
    r.attachments.flatMap((a) => {
      const card = a.content as { actions?: { type: string; title: string; data?: CardData }[] };
      return (card.actions ?? []).filter((x) => x.type === 'Action.Submit').map((x) => ({ title: x.title, data: x.data ?? {} }));
    }),
  );
}

/** The fact the bot is asking for in these replies, from its question card (with the follow-up's kind, when it asks one). */
export function askedFact(replies: readonly Reply[]): CardQuestion | undefined {
  return cardQuestion(replies);
}

export const allText = (replies: readonly Reply[]) => replies.map((r) => r.text).join('\n');

/**
 * Answers every question from a profile (fact id → what the clinician types) until the results come,
 * failing on a question the profile does not answer. Returns the questions asked, in order.
 */
export async function screen(conversation: Conversation, profile: Record<string, string>, opening: Reply[], defaults: ProfileDefaults = ENGLISH_DEFAULTS): Promise<{ asked: string[]; turns: number; final: Reply[] }> {
  const asked: string[] = [];
  let replies = opening;
  for (let turn = 0; turn < 80; turn++) {
    const question = cardQuestion(replies);
    if (!question) return { asked, turns: turn, final: replies };
    const answer = profileAnswer(question, profile, defaults);
    if (!answer) throw new Error(`the bot asked "${factsAsked(question).find((f) => profile[f] === undefined)}", which the profile does not answer (asked so far: ${asked.join(', ')})`);
    if (!question.followUp) asked.push(...factsAsked(question));
    replies = 'text' in answer ? await conversation.say(answer.text) : await conversation.submit(answer.value);
  }
  throw new Error('the screening did not end within 80 turns');
}
