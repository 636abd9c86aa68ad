import { BotFrameworkClinician } from '../../reliability/support/clients';
import { DirectLineClient, webChatMessage, type LoggedActivity } from '../../support/directLineClient';
import type { ReplyActivity } from './screeningScript';

/** One conversation through /api/messages (expectReplies), each activity sent to whichever instance the caller names. */
export class MessagesConversation {
  private readonly clinicians: BotFrameworkClinician[];

  constructor(urls: readonly string[], conversationId: string) {
    this.clinicians = urls.map((url) => new BotFrameworkClinician(url, conversationId, `user-of-${conversationId}`));
  }

  /** The conversation's next activity: numbered by the conversation, never twice the same id whichever instance takes it. */
  activity(text: string): Record<string, unknown> {
    return this.clinician(0).activity(text);
  }

  send(activity: Record<string, unknown>, instance: number): Promise<{ status: number; replies: ReplyActivity[] }> {
    return this.clinician(instance).send(activity);
  }

  async say(text: string, instance: number): Promise<ReplyActivity[]> {
    const { status, replies } = await this.send(this.activity(text), instance);
    if (status !== 200) throw new Error(`POST /api/messages to instance ${instance} answered ${status}`);
    return replies;
  }

  private clinician(instance: number): BotFrameworkClinician {
    const clinician = this.clinicians[instance];
    if (!clinician) throw new Error(`no instance ${instance}: expected 0 to ${this.clinicians.length - 1}`);
    return clinician;
  }
}

/** One intranet Web Chat page: its token and conversation, with Direct Line requests to whichever instance the caller names. */
export class WebChatPage {
  private constructor(
    private readonly clients: DirectLineClient[],
    readonly token: string,
    readonly conversationId: string,
  ) {}

  /** Takes a token from instance `from` and starts the conversation there (the bot greets). */
  static async open(urls: readonly string[], from: number): Promise<WebChatPage> {
    const clients = urls.map((url) => new DirectLineClient(url));
    const session = await clients[from]!.session();
    const started = await clients[from]!.start(session.token);
    if (started.status !== 201) throw new Error(`starting the conversation on instance ${from} answered ${started.status}`);
    return new WebChatPage(clients, session.token, session.conversationId);
  }

  /** Posts as Web Chat does; the same `clientActivityID` posts the same activity again. */
  async post(text: string, instance: number, clientActivityID = `client-${Math.random().toString(36).slice(2)}`): Promise<{ status: number; id?: string }> {
    const posted = await this.client(instance).post(this.token, this.conversationId, webChatMessage(text, { channelData: { clientActivityID } }));
    return { status: posted.status, ...(posted.status === 200 ? { id: (posted.body as { id: string }).id } : {}) };
  }

  /** Every activity of the conversation kept, read from `instance`. */
  activities(instance: number): Promise<LoggedActivity[]> {
    return this.client(instance).activities(this.token, this.conversationId);
  }

  /** What the bot said before anything was posted: the greeting and the first question. */
  async greeting(instance: number): Promise<LoggedActivity[]> {
    return (await this.activities(instance)).filter((activity) => activity.from.role === 'bot' && activity.replyToId === undefined);
  }

  /** Posts `text` to instance `postTo`, and answers the replies to it as a page polling `readFrom` sees them. */
  async say(text: string, postTo: number, readFrom: number): Promise<LoggedActivity[]> {
    const posted = await this.post(text, postTo);
    if (posted.status !== 200) throw new Error(`posting to instance ${postTo} answered ${posted.status}`);
    return this.repliesTo(posted.id, readFrom);
  }

  async repliesTo(id: string | undefined, readFrom: number): Promise<LoggedActivity[]> {
    return (await this.activities(readFrom)).filter((activity) => activity.replyToId === id);
  }

  private client(instance: number): DirectLineClient {
    const client = this.clients[instance];
    if (!client) throw new Error(`no instance ${instance}: expected 0 to ${this.clients.length - 1}`);
    return client;
  }
}
