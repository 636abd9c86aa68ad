import type { Profile } from '../dialogs/profiles';
import { allText, askedFact, Conversation, type ConversationOptions, type Reply } from '../support/conversation';

/** What a detail question is answered with on the way: the dose unchanged since the start, the current dose the highest. */
const DETAIL_ANSWERS: Record<string, string> = { doseSince: 'same dose since it was started', highestDose: 'the current dose' };

/**
 * Starts a conversation and answers from `profile` (a fact it does not give: "unknown") until the bot asks
 * `fact` (with `options`' SDK and settings); a detail of an answer asked on the way is answered as a profile's "since …" means (the same dose since
 * then; else "unknown"), and a follow-up is confirmed.
 */
export async function reach(fact: string, profile: Profile, options: ConversationOptions = {}): Promise<{ conversation: Conversation; replies: Reply[] }> {
  const conversation = new Conversation(undefined, undefined, undefined, undefined, options);
  let replies = await conversation.start();
  for (let turn = 0; turn < 60; turn++) {
    const asked = askedFact(replies);
    if (asked === undefined) throw new Error(`the screening ended before asking ${fact}`);
    if (asked.fact === fact && !asked.detail && !asked.followUp) return { conversation, replies };
    const answer = asked.detail ? (DETAIL_ANSWERS[asked.detail] ?? 'unknown') : asked.followUp ? 'yes' : (profile[asked.fact] ?? 'unknown');
    replies = await conversation.say(answer);
  }
  throw new Error(`never asked ${fact}`);
}

/** What the bot has recorded so far, as its "summary" command lists it. */
export async function summary(conversation: Conversation): Promise<string> {
  return allText(await conversation.say('summary'));
}

/** What the bot has recorded after these messages, typed once it asks `fact`. */
export async function recordedAfter(fact: string, profile: Profile, ...messages: string[]): Promise<string> {
  const { conversation } = await reach(fact, profile);
  for (const message of messages) await conversation.say(message);
  return summary(conversation);
}
