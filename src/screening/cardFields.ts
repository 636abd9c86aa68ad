import { detailKey } from '../domain/detail';
import type { AskedItem } from './state';

/**
 * The input fields of our cards, per fact: an answer on a group card, and on a pasted summary's confirmation card
 * whether to keep a fact read and a correction typed over it. Their values arrive in the card's data under these keys.
 */
export function answerField(fact: string): string {
  return `answer:${fact}`;
}

/** The field of one item of a card: a fact's answer, or a detail of it. */
export function itemField(item: AskedItem): string {
  return item.detail ? `detail:${detailKey({ fact: item.fact, detail: item.detail })}` : answerField(item.fact);
}

export function keepField(fact: string): string {
  return `keep:${fact}`;
}

export function fixField(fact: string): string {
  return `fix:${fact}`;
}
