import { ActivityTypes, type Activity } from 'botbuilder';
import type { Logger } from '../logger';
import type { ActivitySet } from './activityLog';
import { ChannelError } from './channelError';
import type { ChannelGrant, ChannelTokens } from './channelToken';
import type { Conversations, IntranetConversation } from './conversations';
import type { TurnRunner } from './inProcessTurn';
import { addressed, addressing, CHANNEL_ID, checkPostedActivity } from './postedActivity';

/** Direct Line 3.0's answer to starting, reconnecting and refreshing. */
export interface ConversationGrant {
  conversationId: string;
  token: string;
  expires_in: number;
}

export interface IntranetChannelDeps {
  tokens: ChannelTokens;
  conversations: Conversations;
  runTurn: TurnRunner;
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
   * expired, not signed by this server since it last started, or for another conversation. That is Azure
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
        throw new ChannelError(403, 'the token was not issued by this server since it last started (a restart forgets every conversation): expected a new token from POST /api/webchat/token');
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
    const { conversation, created } = this.deps.conversations.openOrCreate(grant.conversationId, grant.userId);
    if (created) {
      // No id in the log: whoever reads it could otherwise name the conversation.
      this.deps.logger.info('webchat conversation started');
      await conversation.enqueue(() => this.greet(conversation));
    }
    return this.grantFor(grant, token);
  }

  /** The token's conversation again (reconnect); it must have started. */
  resume(grant: ChannelGrant, token: string): ConversationGrant {
    this.conversationOf(grant);
    return this.grantFor(grant, token);
  }

  /** A new token for the same conversation and user. */
  refresh(grant: ChannelGrant): ConversationGrant {
    // Marks the conversation as used: an open page refreshes every 15 minutes and so keeps it alive.
    this.deps.conversations.get(grant.conversationId);
    const issued = this.deps.tokens.issue(grant.conversationId, grant.userId);
    return this.grantFor(issued, issued.token);
  }

  /**
   * Records the caller's activity (Web Chat waits for this echo), runs the turn, records the replies. A
   * re-post (same channelData.clientActivityID in this conversation) is answered with the first post's id,
   * and nothing runs again.
   */
  async post(grant: ChannelGrant, body: unknown): Promise<{ id: string }> {
    const conversation = this.conversationOf(grant);
    const check = checkPostedActivity(body);
    if (!check.ok) throw new ChannelError(400, check.reason);
    const clientActivityId = check.activity.channelData?.clientActivityID;
    // Checked in the queue, after every earlier post of this conversation: a copy posted at the same time finds the first.
    return conversation.enqueue(async () => {
      const delivered = clientActivityId === undefined ? undefined : conversation.deliveries.idOf(clientActivityId);
      if (delivered !== undefined) return { id: delivered };
      const echo = conversation.log.append(addressed(check.activity, grant));
      const id = echo.id ?? '';
      if (clientActivityId !== undefined) conversation.deliveries.remember(clientActivityId, id);
      if (check.activity.type === ActivityTypes.Message) conversation.hasClinicianMessage = true;
      await this.runTurn(conversation, echo);
      return { id };
    });
  }

  read(grant: ChannelGrant, watermark: string | undefined): ActivitySet {
    return this.conversationOf(grant).log.since(watermark);
  }

  private async greet(conversation: IntranetConversation): Promise<void> {
    const addresses = addressing({ conversationId: conversation.id, userId: conversation.userId });
    await this.runTurn(conversation, {
      ...addresses,
      type: ActivityTypes.ConversationUpdate,
      id: `${conversation.id}|start`,
      timestamp: new Date(this.deps.now()),
      // One activity with both members, so the bot's once-per-conversation welcome runs exactly once.
      membersAdded: [addresses.from, addresses.recipient],
    });
  }

  private async runTurn(conversation: IntranetConversation, activity: Partial<Activity>): Promise<void> {
    const replies = await this.deps.runTurn(activity);
    for (const reply of replies) {
      // Direct Line delivers no traces to clients; onTurnError's trace is for the Emulator anyway.
      if (reply.type === ActivityTypes.Trace) continue;
      const { serviceUrl: _serviceUrl, callerId: _callerId, deliveryMode: _deliveryMode, replyToId, ...rest } = reply;
      // A reply to an activity the client never saw (the greeting's conversationUpdate) would make Web
      // Chat hold it back while it waits for that activity.
      const knownReply = replyToId !== undefined && conversation.log.has(replyToId) ? { replyToId } : {};
      conversation.log.append({ ...rest, ...knownReply, channelId: CHANNEL_ID });
    }
  }

  private conversationOf(grant: ChannelGrant): IntranetConversation {
    const conversation = this.deps.conversations.get(grant.conversationId);
    if (!conversation) {
      throw new ChannelError(404, 'the conversation has not started or has expired: expected POST /v3/directline/conversations first, or a new token');
    }
    return conversation;
  }

  private grantFor(grant: ChannelGrant, token: string): ConversationGrant {
    const expiresIn = Math.max(0, Math.floor((grant.expiresAt - this.deps.now()) / 1000));
    return { conversationId: grant.conversationId, token, expires_in: expiresIn };
  }
}
