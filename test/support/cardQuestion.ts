import { answerField } from '../../src/screening/cardFields';
import { realCatalog } from './catalog';

/** A question as its card shows it: the number and first fact its buttons carry, a follow-up's kind, a group's fields. */
export interface CardQuestion {
  askSeq: number;
  fact: string;
  /** On a follow-up card: its kind. */
  followUp?: string;
  /** On a card of details of answers given: the first detail's kind. */
  detail?: string;
  /** The facts of a group card's fields, in order; empty for a card of one question. */
  facts: string[];
  /** A detail card's fields: the field's id, the fact and the detail's kind. */
  detailFields: { id: string; fact: string; kind: string }[];
}

type CardActivity = { attachments?: { content?: unknown }[] };
type Card = { body?: unknown[]; actions?: { data?: { askSeq?: unknown; fact?: unknown; followUp?: unknown; detail?: unknown } }[] };

/** The ids of a card's inputs, in order, inside containers too. */
function inputIds(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(inputIds);
  if (node === null || typeof node !== 'object') return [];
  const element = node as { type?: unknown; id?: unknown; items?: unknown; columns?: unknown };
  const own = typeof element.type === 'string' && element.type.startsWith('Input.') && typeof element.id === 'string' ? [element.id] : [];
  return [...own, ...inputIds(element.items), ...inputIds(element.columns)];
}

/** The fields of a card that answer questions: facts (a group card's), and details of answers given. */
export function cardFields(card: { body?: unknown[] }): Pick<CardQuestion, 'facts' | 'detailFields'> {
  const ids = inputIds(card.body ?? []);
  const facts = [...realCatalog().facts.keys()];
  return {
    facts: ids.flatMap((id) => facts.filter((fact) => id === answerField(fact))),
    detailFields: ids.flatMap((id) => {
      const [kind, fact, detail] = id.split(/[:|]/);
      return kind === 'detail' && fact && detail ? [{ id, fact, kind: detail }] : [];
    }),
  };
}

/** The question the bot asks in these activities (raw, or as a client received them), read from its last question card. */
export function cardQuestion(activities: readonly CardActivity[]): CardQuestion | undefined {
  const cards = activities.flatMap((a) => (a.attachments ?? []).map((attachment) => attachment.content as Card));
  for (const card of cards.reverse()) {
    const data = card.actions?.map((action) => action.data).find((d) => typeof d?.fact === 'string' && typeof d.askSeq === 'number');
    if (!data) continue;
    return {
      askSeq: data.askSeq as number,
      fact: data.fact as string,
      ...(typeof data.followUp === 'string' ? { followUp: data.followUp } : {}),
      ...(typeof data.detail === 'string' ? { detail: data.detail } : {}),
      ...cardFields(card),
    };
  }
  return undefined;
}

/** What a clinician sends back: typed text, or a card's data. */
export type Answer = { text: string } | { value: Record<string, unknown> };

/**
 * What a profile's clinician types where the profile does not say: yes to a confirmation, "unknown" to a detail, and
 * for the details of a medicine, its dose unchanged since the start and today's dose the highest.
 */
export interface ProfileDefaults {
  confirm: string;
  unknown: string;
  details: Record<string, string>;
}

export const ENGLISH_DEFAULTS: ProfileDefaults = { confirm: 'yes', unknown: 'unknown', details: { doseSince: 'same dose since it was started', highestDose: 'the current dose' } };

/**
 * How a profile (fact id → what is typed) answers a question: a group card filled field by field and submitted,
 * one question typed, a follow-up as `<fact>:<kind>` says, and a detail of an answer given as `<fact>:<detail kind>`
 * says (e.g. "immunosuppressants:started": "March 2026"); else as `defaults` say. Undefined when the profile does not answer a fact asked.
 */
export function profileAnswer(question: CardQuestion, profile: Record<string, string>, defaults: ProfileDefaults = ENGLISH_DEFAULTS): Answer | undefined {
  if (question.followUp) return { text: profile[`${question.fact}:${question.followUp}`] ?? defaults.confirm };
  const detailAnswer = (fact: string, kind: string) => profile[`${fact}:${kind}`] ?? defaults.details[kind] ?? defaults.unknown;
  if (question.detail && question.detailFields.length <= 1 && question.facts.length === 0) return { text: detailAnswer(question.fact, question.detail) };
  const fields = [...question.facts.map((f) => [answerField(f), profile[f]] as const), ...question.detailFields.map((f) => [f.id, detailAnswer(f.fact, f.kind)] as const)];
  if (fields.length === 0) return profile[question.fact] === undefined ? undefined : { text: profile[question.fact]! };
  if (fields.some(([, answer]) => answer === undefined)) return undefined;
  return { value: { askSeq: question.askSeq, fact: question.fact, ...Object.fromEntries(fields) } };
}

/** The facts a question asks: a group card's fields, or its one fact; a detail card as `<fact>:<detail kind>`. */
export function factsAsked(question: CardQuestion): string[] {
  if (question.detail) return question.detailFields.length > 1 ? question.detailFields.map((f) => `${f.fact}:${f.kind}`) : [`${question.fact}:${question.detail}`];
  return question.facts.length > 0 ? question.facts : [question.fact];
}
