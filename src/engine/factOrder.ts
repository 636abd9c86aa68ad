import { detailKey, type FactDetail } from '../domain/detail';
import type { Vocabulary } from './compileContext';
import { trimmed } from './trimmed';

/**
 * What an open criterion can wait for, numbered: the facts in catalog order (position = index), then the details
 * of answers (detail.ts) numbered after them as they are first met. Ranking and verdicts keep these numbers, not
 * objects, because a catalog of thousands of trials lists hundreds of thousands of them per answer.
 */
export class FactOrder {
  readonly position: ReadonlyMap<string, number>;
  private readonly details: FactDetail[] = [];
  private readonly detailIds = new Map<string, number>();

  constructor(readonly ids: readonly string[]) {
    this.position = new Map(ids.map((id, i) => [id, i]));
  }

  /** The number of a fact's detail; the same detail always gets the same number. */
  detailId(detail: FactDetail): number {
    const key = detailKey(detail);
    let id = this.detailIds.get(key);
    if (id === undefined) {
      id = this.ids.length + this.details.push(detail) - 1;
      this.detailIds.set(key, id);
    }
    return id;
  }

  /** The detail numbered `item`, or undefined when `item` is a fact's position. */
  detailAt(item: number): FactDetail | undefined {
    return item < this.ids.length ? undefined : this.details[item - this.ids.length];
  }

  /** The fact an item is about: the fact itself, or the fact whose answer lacks the detail. */
  factAt(item: number): string {
    return item < this.ids.length ? this.ids[item]! : this.details[item - this.ids.length]!.fact;
  }
}

const orders = new WeakMap<Vocabulary['facts'], FactOrder>();

/** Computed once per fact catalog. */
export function factOrder(vocabulary: Vocabulary): FactOrder {
  let order = orders.get(vocabulary.facts);
  if (!order) {
    order = new FactOrder([...vocabulary.facts.keys()]);
    orders.set(vocabulary.facts, order);
  }
  return order;
}

/** The facts and the details at these items, once each, facts in catalog order (sorts `items`). */
export function itemsAt(items: number[], order: FactOrder): { facts: string[]; details: FactDetail[] } {
  items.sort((a, b) => a - b);
  const facts: string[] = [];
  const details: FactDetail[] = [];
  items.forEach((item, i) => {
    if (item === items[i - 1]) return;
    const detail = order.detailAt(item);
    if (detail) details.push(detail);
    else facts.push(order.ids[item]!);
  });
  return { facts: trimmed(facts), details: trimmed(details) };
}
