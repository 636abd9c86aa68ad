import type { ActivityJson } from '../botframework/activity';
import type { RedisConnection } from '../store/redisConnection';
import type { StoreOperation } from '../store/stateStore';
import { activityId, sizeInLog, stamped, watermarkCount, type ActivitySet } from './activityLog';
import { conversationLimits, UNUSED_AFTER_MS, type ConversationLimits, type ConversationStore, type RecordedPost } from './conversationStore';
import { CONVERSATION_SCRIPTS, type ConversationScriptCommands } from './redisConversationScripts';

/**
 * The channel's conversations in the Redis every instance shares (see CONVERSATION_SCRIPTS for the layout), so
 * a page served by one instance can post to and poll another. Keys are hashed as the state's are, and expire
 * with the idle time; the conversation's log holds what the clinician typed, so it is never kept longer.
 */
export class RedisConversationStore implements ConversationStore {
  constructor(
    private readonly connection: RedisConnection,
    private readonly now: () => number,
    private readonly limits: ConversationLimits = conversationLimits(),
  ) {
    connection.defineScripts(CONVERSATION_SCRIPTS);
  }

  async open(conversationId: string): Promise<boolean> {
    const opened = await this.run('write', (scripts) => scripts.webchatOpen(...this.keys(conversationId), this.now(), this.limits.idleMs, this.limits.open, UNUSED_AFTER_MS));
    return opened === 1;
  }

  async touch(conversationId: string): Promise<boolean> {
    return (await this.run('read', (scripts) => scripts.webchatTouch(...this.keys(conversationId), this.now(), this.limits.idleMs))) === 1;
  }

  async recordPost(conversationId: string, activity: ActivityJson, clientActivityId: string | undefined): Promise<RecordedPost | undefined> {
    const message = activity.type === 'message' ? '1' : '0';
    const reply = await this.run('write', (scripts) =>
      scripts.webchatRecordPost(...this.recording(conversationId, clientActivityId), message, sizeInLog(activity, conversationId), JSON.stringify(activity)),
    );
    if (reply === null) return undefined;
    switch (reply[0]) {
      case 'answered':
        return { answered: true, id: activityId(conversationId, Number(reply[1])) };
      case 'waiting':
        return { answered: false, echo: stamped(activity, activityId(conversationId, Number(reply[1])), this.now()) };
      case 'new':
        return { answered: false, echo: stamped(activity, activityId(conversationId, reply[1]), reply[2]) };
    }
  }

  async recordReplies(conversationId: string, replies: readonly ActivityJson[], clientActivityId: string | undefined): Promise<void> {
    const entries = replies.flatMap((reply) => [sizeInLog(reply, conversationId), JSON.stringify(reply)]);
    await this.run('write', (scripts) => scripts.webchatRecordReplies(...this.recording(conversationId, clientActivityId), ...entries));
  }

  async since(conversationId: string, watermark: string | undefined): Promise<ActivitySet | undefined> {
    const reply = await this.run('read', (scripts) => scripts.webchatRead(...this.keys(conversationId), this.now(), this.limits.idleMs, watermarkCount(watermark)));
    if (reply === null) return undefined;
    const [appended, entries] = reply;
    // The last entry is the activity numbered `appended`.
    const firstSequence = appended - entries.length + 1;
    return { activities: entries.map((entry, i) => loggedActivity(entry, conversationId, firstSequence + i)), watermark: String(appended) };
  }

  async openCount(): Promise<number> {
    const index = this.connection.namedKey(OPEN_INDEX);
    return this.connection.command('read', (client) => client.zcount(index, `(${this.now() - this.limits.idleMs}`, '+inf'));
  }

  private keys(conversationId: string): [string, string, string] {
    return [this.connection.keyOf('webchat', conversationId), this.connection.namedKey(OPEN_INDEX), this.connection.namedKey(UNUSED_INDEX)];
  }

  private recording(conversationId: string, clientActivityId: string | undefined) {
    const { idleMs, log, remembered } = this.limits;
    return [...this.keys(conversationId), this.now(), idleMs, log.count, log.bytes, remembered, clientActivityId ?? ''] as const;
  }

  private run<T>(operation: StoreOperation, call: (scripts: ConversationScriptCommands) => Promise<T>): Promise<T> {
    // The scripts were defined on this client in the constructor.
    return this.connection.command(operation, (client) => call(client as unknown as ConversationScriptCommands));
  }
}

/** The open conversations by last use, and those of them without a clinician's message. */
const OPEN_INDEX = 'webchat-open';
const UNUSED_INDEX = 'webchat-unused';

/** An entry of a conversation's log as the scripts store it: "<bytes> <time> <JSON>". */
function loggedActivity(entry: string, conversationId: string, sequence: number): ActivityJson {
  const parts = /^\d+ (\d+) ([\s\S]*)$/.exec(entry);
  if (!parts) throw new Error(`entry ${sequence} of a Web Chat conversation's log in Redis: expected "<bytes> <time> <JSON>"`);
  return stamped(JSON.parse(parts[2] as string) as ActivityJson, activityId(conversationId, sequence), Number(parts[1]));
}
