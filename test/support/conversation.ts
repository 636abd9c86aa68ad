import { ActivityTypes, TestAdapter, type Activity, type Attachment } from 'botbuilder';
import type { Catalog } from '../../src/catalog/loadCatalog';
import { fixedClock } from '../../src/clock';
import type { Day } from '../../src/dates/calendar';
import { answerField } from '../../src/screening/cardFields';
import { testAssistant, type TestAssistantOptions } from './assistant';
import { EVALUATION_DAY, realCatalog } from './catalog';

export interface Reply {
  /** The message in plain text, as a client that shows no cards gets it (the activity's summary). */
  text: string;
  /** The message text as Teams and Web Chat render it (markdown), without the card. */
  shown: string;
  attachments: Attachment[];
  /** The activity as the channel receives it (for size and shape checks). */
  activity: Partial<Activity>;
}

type CardData = {
  askSeq?: number;
  fact?: string;
  /** On a follow-up question's buttons: its kind. */
  followUp?: string;
  answer?: string;
  command?: string;
  trialId?: string;
};

/**
 * Drives the whole bot (ActivityHandler, dialogs, state) through botbuilder's TestAdapter, one turn at a
 * time, collecting every reply of the turn — the way a clinician's client would see them.
 */
export class Conversation {
  readonly adapter: TestAdapter;
  readonly transcript: { from: 'user' | 'bot'; text: string }[] = [];
  /** Every reply of the conversation so far. */
  readonly replies: Reply[] = [];
  private readonly bot;

  /** One question at a time unless `options.groupSize` says otherwise. */
  constructor(catalog: Catalog = realCatalog(), day: Day = EVALUATION_DAY, conversation: Partial<Activity['conversation']> = {}, channelId = 'test', options: Omit<TestAssistantOptions, 'catalog' | 'clock'> = {}) {
    this.bot = testAssistant({ catalog, clock: fixedClock(day), ...options });
    this.adapter = new TestAdapter(async (context) => this.bot.run(context));
    this.adapter.conversation.conversation = { ...this.adapter.conversation.conversation, ...conversation };
    this.adapter.conversation.channelId = channelId;
  }

  /** The conversation opens as channels open it: the user joins. */
  async start(): Promise<Reply[]> {
    const { user, bot } = this.adapter.conversation;
    return this.turn({ type: ActivityTypes.ConversationUpdate, membersAdded: [user, bot].filter((m) => m !== undefined) });
  }

  async say(text: string): Promise<Reply[]> {
    this.transcript.push({ from: 'user', text });
    return this.turn({ type: ActivityTypes.Message, text });
  }

  /** A card button or form submission: input arrives in `value`, not `text`. */
  async submit(value: object): Promise<Reply[]> {
    this.transcript.push({ from: 'user', text: `[button ${JSON.stringify(value)}]` });
    return this.turn({ type: ActivityTypes.Message, value });
  }

  async turn(activity: Partial<Activity>): Promise<Reply[]> {
    await this.adapter.processActivity(activity, async (context) => this.bot.run(context));
    const replies = this.adapter.activeQueue.splice(0).map((a) => ({ text: a.summary ?? a.text ?? '', shown: a.text ?? '', attachments: a.attachments ?? [], activity: a }));
    for (const r of replies) this.transcript.push({ from: 'bot', text: r.text });
    this.replies.push(...replies);
    return replies;
  }
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
export function askedFact(replies: readonly Reply[]): { fact: string; askSeq: number; followUp?: string } | undefined {
  const data = buttons(replies).find((b) => b.data.fact !== undefined && b.data.askSeq !== undefined)?.data;
  if (data?.fact === undefined || data.askSeq === undefined) return undefined;
  return { fact: data.fact, askSeq: data.askSeq, ...(data.followUp ? { followUp: data.followUp } : {}) };
}

/** The facts a group card asks (its fields), in order; empty for a card of one question. */
export function groupFacts(replies: readonly Reply[]): string[] {
  const card = replies.flatMap((r) => r.attachments).at(-1)?.content as { body?: { id?: unknown }[] } | undefined;
  const facts = [...realCatalog().facts.keys()];
  return (card?.body ?? []).flatMap((element) => facts.filter((fact) => element.id === answerField(fact)));
}

/**
 * How a profile answers a follow-up: what `<fact>:<kind>` says (e.g. "corticosteroids:dose-since": "3 weeks ago"),
 * else "same dose" for a dose asked since when it last changed, and "yes" to a confirmation.
 */
function followUpAnswer(profile: Record<string, string>, fact: string, kind: string): string {
  return profile[`${fact}:${kind}`] ?? (kind === 'dose-since' ? 'same dose' : 'yes');
}

export const allText = (replies: readonly Reply[]) => replies.map((r) => r.text).join('\n');

/**
 * Answers every question from a profile (fact id → what the clinician types) until the results come,
 * failing on a question the profile does not answer. Returns the questions asked, in order.
 */
export async function screen(conversation: Conversation, profile: Record<string, string>, opening: Reply[]): Promise<{ asked: string[]; turns: number; final: Reply[] }> {
  const asked: string[] = [];
  let replies = opening;
  for (let turn = 0; turn < 80; turn++) {
    const question = askedFact(replies);
    if (!question) return { asked, turns: turn, final: replies };
    if (question.followUp) {
      replies = await conversation.say(followUpAnswer(profile, question.fact, question.followUp));
      continue;
    }
    const facts = groupFacts(replies);
    const missing = (facts.length > 0 ? facts : [question.fact]).find((fact) => profile[fact] === undefined);
    if (missing !== undefined) throw new Error(`the bot asked "${missing}", which the profile does not answer (asked so far: ${asked.join(', ')})`);
    if (facts.length > 0) {
      // A group card: every field filled from the profile, as a clinician would, and submitted.
      asked.push(...facts);
      replies = await conversation.submit({ askSeq: question.askSeq, fact: question.fact, ...Object.fromEntries(facts.map((f) => [answerField(f), profile[f]])) });
      continue;
    }
    asked.push(question.fact);
    replies = await conversation.say(profile[question.fact]!);
  }
  throw new Error('the screening did not end within 80 turns');
}
