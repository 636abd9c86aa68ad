import { answerField } from '../../src/screening/cardFields';
import { realCatalog } from './catalog';

/** A question as its card shows it: the number and first fact its buttons carry, a follow-up's kind, a group's fields. */
export interface CardQuestion {
  askSeq: number;
  fact: string;
  /** On a follow-up card: its kind. */
  followUp?: string;
  /** The facts of a group card's fields, in order; empty for a card of one question. */
  facts: string[];
}

type CardActivity = { attachments?: { content?: unknown }[] };
type Card = { body?: { id?: unknown }[]; actions?: { data?: { askSeq?: unknown; fact?: unknown; followUp?: unknown } }[] };

/** The question the bot asks in these activities (raw, or as a client received them), read from its last question card. */
export function cardQuestion(activities: readonly CardActivity[]): CardQuestion | undefined {
  const cards = activities.flatMap((a) => (a.attachments ?? []).map((attachment) => attachment.content as Card));
  const facts = [...realCatalog().facts.keys()];
  for (const card of cards.reverse()) {
    const data = card.actions?.map((action) => action.data).find((d) => typeof d?.fact === 'string' && typeof d.askSeq === 'number');
    if (!data) continue;
    return {
      askSeq: data.askSeq as number,
      fact: data.fact as string,
      ...(typeof data.followUp === 'string' ? { followUp: data.followUp } : {}),
      facts: (card.body ?? []).flatMap((element) => facts.filter((fact) => element.id === answerField(fact))),
    };
  }
  return undefined;
}

/** What a clinician sends back: typed text, or a card's data. */
export type Answer = { text: string } | { value: Record<string, unknown> };

/**
 * How a profile (fact id → what is typed) answers a question: a group card filled field by field and submitted,
 * one question typed, and a follow-up as `<fact>:<kind>` says (e.g. "corticosteroids:dose-since": "3 weeks ago"),
 * else "same dose" for a dose asked since when it last changed, and "yes" to a confirmation. Undefined when the
 * profile does not answer a fact asked.
 */
export function profileAnswer(question: CardQuestion, profile: Record<string, string>): Answer | undefined {
  if (question.followUp) return { text: profile[`${question.fact}:${question.followUp}`] ?? (question.followUp === 'dose-since' ? 'same dose' : 'yes') };
  if (question.facts.length === 0) return profile[question.fact] === undefined ? undefined : { text: profile[question.fact]! };
  if (question.facts.some((fact) => profile[fact] === undefined)) return undefined;
  return { value: { askSeq: question.askSeq, fact: question.fact, ...Object.fromEntries(question.facts.map((f) => [answerField(f), profile[f]])) } };
}

/** The facts a question asks: a group card's fields, or its one fact. */
export function factsAsked(question: CardQuestion): string[] {
  return question.facts.length > 0 ? question.facts : [question.fact];
}
