import type { Middleware, TurnContext } from 'botbuilder';
import { ingressOf } from './ingress';

/**
 * Runs the turns of one conversation one after the other.
 *
 * ConversationState.saveChanges writes with eTag '*' (last writer wins): two overlapping turns of one
 * conversation would each load the same state and the later save would drop the earlier turn's answers.
 * Turns of different conversations are independent and keep running concurrently.
 *
 * The queue lives in this process only; running several instances needs sticky routing or eTag-checked
 * storage. A turn that awaits another turn of its own conversation (for example a proactive
 * continueConversationAsync to itself) would wait forever, so don't do that inside a turn.
 */
export class SerialTurns implements Middleware {
  // Tail of the promise chain per conversation; the entry is removed when its last turn ends.
  private readonly tails = new Map<string, Promise<void>>();

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const key = conversationKey(context);
    if (key === undefined) {
      // Nothing to key on: no conversation state either, so there is nothing to protect.
      await next();
      return;
    }

    const previous = this.tails.get(key) ?? Promise.resolve();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    // `previous` never rejects: it only ever resolves through `finish`.
    const tail = previous.then(() => finished);
    this.tails.set(key, tail);

    try {
      await previous;
      await next();
    } finally {
      finish();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Conversations with a running or queued turn; for tests and diagnostics. */
  get activeConversations(): number {
    return this.tails.size;
  }
}

function conversationKey(context: TurnContext): string | undefined {
  const { channelId, conversation } = context.activity;
  if (!channelId || !conversation?.id) return undefined;
  // JSON keeps the triple unambiguous whatever characters the ids contain; the entry point keeps a caller of
  // /api/messages from queueing behind (or ahead of) an intranet conversation of the same ids.
  return JSON.stringify([ingressOf(context), channelId, conversation.id]);
}
