import { expectRepliesMessage } from '../../support/activities';
import { shownText } from '../../support/shownText';
import type { Session } from './fuzzCases';
import { rawRequest, type RawOutcome } from './rawHttp';

function answered(outcome: RawOutcome, what: string): Extract<RawOutcome, { kind: 'answered' }> {
  if (outcome.kind !== 'answered') throw new Error(`${what}: no answer (${outcome.code})`);
  return outcome;
}

/** A clinician on /api/messages (expectReplies, as a channel that wants replies in the response). */
export class BotFrameworkClinician {
  private turn = 0;

  constructor(
    private readonly url: string,
    readonly conversationId: string,
    readonly userId: string,
    private readonly localAddress?: string,
  ) {}

  /** The activity as a channel sends it; `id` fixed to re-send the same one. */
  activity(text: string, id = `${this.conversationId}-${++this.turn}`): Record<string, unknown> {
    return expectRepliesMessage(text, { id, conversation: { id: this.conversationId }, from: { id: this.userId, role: 'user' } });
  }

  async send(activity: Record<string, unknown>): Promise<{ status: number; replies: Array<Record<string, unknown>> }> {
    const outcome = answered(
      await rawRequest({ url: `${this.url}/api/messages`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity), localAddress: this.localAddress }),
      'POST /api/messages',
    );
    const body = outcome.status === 200 ? (JSON.parse(outcome.text) as { activities?: Array<Record<string, unknown>> }) : {};
    return { status: outcome.status, replies: body.activities ?? [] };
  }

  async say(text: string): Promise<string> {
    const { status, replies } = await this.send(this.activity(text));
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return shownText(replies);
  }
}

/** A clinician in the intranet Web Chat page: a token of its own, its conversation, Direct Line requests. */
export class WebChatClinician {
  private constructor(
    private readonly url: string,
    readonly session: Session & { userId: string },
    private readonly localAddress?: string,
  ) {}

  /** Takes a token and starts its conversation (the bot greets). */
  static async open(url: string, localAddress?: string): Promise<WebChatClinician> {
    const token = answered(await rawRequest({ url: `${url}/api/webchat/token`, localAddress }), 'POST /api/webchat/token');
    if (token.status !== 200) throw new Error(`the token route answered ${token.status}`);
    const session = JSON.parse(token.text) as Session & { userId: string };
    const clinician = new WebChatClinician(url, session, localAddress);
    const started = await clinician.request('POST', '/v3/directline/conversations');
    if (started.status !== 201) throw new Error(`starting the conversation answered ${started.status}`);
    return clinician;
  }

  request(method: string, path: string, body?: unknown): Promise<Extract<RawOutcome, { kind: 'answered' }>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.session.token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return rawRequest({ url: `${this.url}${path}`, method, headers, body: body === undefined ? undefined : JSON.stringify(body), localAddress: this.localAddress }).then((outcome) =>
      answered(outcome, `${method} ${path}`),
    );
  }

  private get activitiesPath(): string {
    return `/v3/directline/conversations/${encodeURIComponent(this.session.conversationId)}/activities`;
  }

  /** Posts as Web Chat does; `clientActivityID` fixed to post the same one again. */
  async post(text: string, clientActivityID = `client-${Math.random().toString(36).slice(2)}`): Promise<{ status: number; id?: string }> {
    const posted = await this.request('POST', this.activitiesPath, { type: 'message', text, locale: 'en-GB', channelData: { clientActivityID } });
    return { status: posted.status, ...(posted.status === 200 ? { id: (JSON.parse(posted.text) as { id: string }).id } : {}) };
  }

  async activities(): Promise<Array<Record<string, unknown> & { id: string; from: { role?: string } }>> {
    const read = await this.request('GET', this.activitiesPath);
    if (read.status !== 200) throw new Error(`reading activities answered ${read.status}`);
    return (JSON.parse(read.text) as { activities: Array<Record<string, unknown> & { id: string; from: { role?: string } }> }).activities;
  }

  /** Posts `text` and answers what the bot replied to it. */
  async say(text: string): Promise<string> {
    const posted = await this.post(text);
    if (posted.status !== 200) throw new Error(`posting answered ${posted.status}`);
    return shownText((await this.activities()).filter((activity) => activity.replyToId === posted.id));
  }
}
