import type { Profile } from '../dialogs/profiles';
import { allText, askedFact, Conversation, type Reply } from '../support/conversation';

/** A follow-up question about the dose: answered as a profile's "since …" means, the same dose since then. */
const DOSE_SINCE = /Has the dose of .* changed/;

/**
 * Starts a conversation and answers from `profile` (a fact it does not give: "unknown") until the bot asks
 * `fact`; a follow-up question on the way is answered "no" (same dose since the start) or "yes" (confirmed).
 */
export async function reach(fact: string, profile: Profile): Promise<{ conversation: Conversation; replies: Reply[] }> {
  const conversation = new Conversation();
  let replies = await conversation.start();
  let previous: string | undefined;
  for (let turn = 0; turn < 60; turn++) {
    const asked = askedFact(replies)?.fact;
    if (asked === undefined) throw new Error(`the screening ended before asking ${fact}`);
    const followUp = asked === previous && /\?/.test(allText(replies)) && !/Please|I did not|could not/.test(allText(replies));
    if (asked === fact && !followUp) return { conversation, replies };
    previous = asked;
    replies = await conversation.say(followUp ? (DOSE_SINCE.test(allText(replies)) ? 'no' : 'yes') : (profile[asked] ?? 'unknown'));
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
