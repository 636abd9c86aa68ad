import type { ActivityJson } from '../botframework/activity';
import type { Logger } from '../logger';
import type { TurnLock } from '../store/stateStore';
import { TurnLockTimeoutError } from '../store/turnLockTimeoutError';
import type { ActivitySet } from './activityLog';
import { ChannelError } from './channelError';
import type { ChannelGrant, ChannelTokens } from './channelToken';
import type { ConversationStore } from './conversationStore';
import { addressed, addressing, CHANNEL_ID, checkPostedActivity } from './postedActivity';

/** Direct Line 3.0's answer to starting, reconnecting and refreshing. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface IntranetChannelDeps {
  tokens: ChannelTokens;
  conversations: ConversationStore;
  /** Keeps each conversation's posts in order, on every instance sharing the conversations. */
  lock: TurnLock;
  /** Runs one turn in this process and answers the activities the bot sent in it (BotFrameworkAdapter.runInProcess). */
  runTurn: (activity: ActivityJson) => Promise<ActivityJson[]>;
  logger: Logger;
  now: () => number;
}

/**
 * The intranet channel without HTTP: who may do what with a token, when the bot greets, and what goes
 * into a conversation's log. Every method either answers or throws a ChannelError.
 */
export class IntranetChannel {
  constructor(private readonly deps: IntranetChannelDeps) {}

  /**
   * The grant of a bearer token: refused with 401 when absent or not a token at all, and with 403 when
   * expired, not signed with this server's key, or for another conversation. That is Azure
   * Direct Line's split, and directlinejs reports a 403 as an expired token, which the page tells the
   * clinician about; after a 401 it would silently stop polling.
   */
  authorize(authorizationHeader: string | undefined, conversationId?: string): { grant: ChannelGrant; token: string } {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '')?.[1];
    if (token === undefined) throw new ChannelError(401, 'expected an Authorization header "Bearer <token>" with a token from POST /api/webchat/token');
    const check = this.deps.tokens.check(token);
    if (!check.ok) {
      if (check.problem === 'expired') throw new ChannelError(403, 'the token has expired: expected a token refreshed before it expires, or a new one');
      if (check.problem === 'bad-signature') {
        throw new ChannelError(403, "the token was not signed with this server's key (a restart without WEBCHAT_TOKEN_SECRET, or a changed one, makes a new key): expected a new token from POST /api/webchat/token");
      }
      throw new ChannelError(401, 'expected a token from POST /api/webchat/token, not something else in the Authorization header');
    }
    if (conversationId !== undefined && conversationId !== check.grant.conversationId) {
      throw new ChannelError(403, "the token is for another conversation: expected the conversation id the token was issued with");
    }
    return { grant: check.grant, token };
  }

  /** Starts the token's conversation (idempotent): the bot greets when the conversation is created, never again. */
  async start(grant: ChannelGrant, token: string): Promise<ConversationGrant> {
    if (await this.deps.conversations.open(grant.conversationId)) {
      // No id in the log: whoever reads it could otherwise name the conversation.
      this.deps.logger.info('webchat conversation started');
      await this.inOrder(grant.conversationId, () => this.greet(grant));
    }
    return this.grantFor(grant, token);
  }

  /** The token's conversation again (reconnect); it must have started. */
  async resume(grant: ChannelGrant, token: string): Promise<ConversationGrant> {
    await this.mustBeOpen(grant.conversationId);
    return this.grantFor(grant, token);
  }

  /** A new token for the same conversation and user. */
  async refresh(grant: ChannelGrant): Promise<ConversationGrant> {
    // Marks the conversation as used: an open page refreshes every 15 minutes and so keeps it alive.
    await this.deps.conversations.touch(grant.conversationId);
    const issued = this.deps.tokens.issue(grant.conversationId, grant.userId, grant.locale);
    return this.grantFor(issued, issued.token);
  }

  /**
   * Records the caller's activity (Web Chat waits for this echo), runs the turn, records the replies. A
   * re-post (same channelData.clientActivityID in this conversation) is answered with the first post's id,
   * and nothing runs again; one whose first turn never ended (its instance stopped) runs that turn.
   */
  async post(grant: ChannelGrant, body: unknown): Promise<{ id: string }> {
    await this.mustBeOpen(grant.conversationId);
    const check = checkPostedActivity(body);
    if (!check.ok) throw new ChannelError(400, check.reason);
    // An empty client id is none, as the bot's own redelivery check reads it.
    const clientActivityId = check.activity.channelData?.clientActivityID || undefined;
    // Recorded in order, after every earlier post of this conversation: a copy posted at the same time finds the first.
    return this.inOrder(grant.conversationId, async () => {
      const recorded = await this.deps.conversations.recordPost(grant.conversationId, addressed(check.activity, grant), clientActivityId);
      if (recorded === undefined) throw notOpen();
      if (recorded.answered) return { id: recorded.id };
      await this.runTurn(grant.conversationId, recorded.echo, { clientActivityId });
      return { id: recorded.echo.id ?? '' };
    });
  }

  async read(grant: ChannelGrant, watermark: string | undefined): Promise<ActivitySet> {
    const activities = await this.deps.conversations.since(grant.conversationId, watermark);
    if (activities === undefined) throw notOpen();
    return activities;
  }

  private async greet(grant: ChannelGrant): Promise<void> {
    const addresses = addressing(grant);
    await this.runTurn(grant.conversationId, {
      ...addresses,
      type: 'conversationUpdate',
      id: `${grant.conversationId}|start`,
      timestamp: new Date(this.deps.now()),
      // One activity with both members, so the bot's once-per-conversation welcome runs exactly once.
      membersAdded: [addresses.from, addresses.recipient],
      // The page's language, as its messages will carry it: the welcome is said in it.
      ...(grant.locale ? { locale: grant.locale } : {}),
    });
  }

  /** Runs a turn and records its replies; `posted`: the activity is the client's post, which they answer. */
  private async runTurn(conversationId: string, activity: ActivityJson, posted?: { clientActivityId: string | undefined }): Promise<void> {
    const replies = await this.deps.runTurn(activity);
    const shown = replies
      // Direct Line delivers no traces to clients; onTurnError's trace is for the Emulator anyway.
      .filter((reply) => reply.type !== 'trace')
      .map(({ serviceUrl: _serviceUrl, callerId: _callerId, deliveryMode: _deliveryMode, replyToId, ...rest }) => ({
        ...rest,
        // A reply to an activity the client never saw (the greeting's conversationUpdate) would make Web
        // Chat hold it back while it waits for that activity.
        ...(posted && replyToId === activity.id ? { replyToId } : {}),
        channelId: CHANNEL_ID,
      }));
    await this.deps.conversations.recordReplies(conversationId, shown, posted?.clientActivityId);
  }

  /**
   * Runs `work` after the earlier work of the conversation, on any instance: each echo stays next to its
   * replies in the log, in the order the posts arrived.
   */
  private async inOrder<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    try {
      // Never a key of the bot's state (those are three-element arrays), whose lock the turn takes inside this one.
      return await this.deps.lock.run(JSON.stringify(['intranet-channel', conversationId]), work);
    } catch (error) {
      if (error instanceof TurnLockTimeoutError) throw new ChannelError(503, 'earlier messages of this conversation are still being answered: expected the post again in a few seconds');
      throw error;
    }
  }

  private async mustBeOpen(conversationId: string): Promise<void> {
    if (!(await this.deps.conversations.touch(conversationId))) throw notOpen();
  }

  private grantFor(grant: ChannelGrant, token: string): ConversationGrant {
    const expiresIn = Math.max(0, Math.floor((grant.expiresAt - this.deps.now()) / 1000));
    return { conversationId: grant.conversationId, token, expires_in: expiresIn };
  }
}

function notOpen(): ChannelError {
  return new ChannelError(404, 'the conversation has not started or has expired: expected POST /v3/directline/conversations first, or a new token');
}
