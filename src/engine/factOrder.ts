import type { Vocabulary } from './compileContext';
import { trimmed } from './trimmed';

/** Facts in catalog order, by position and by id. */
export interface FactOrder {
  readonly ids: readonly string[];
  readonly position: ReadonlyMap<string, number>;
}

const orders = new WeakMap<Vocabulary['facts'], FactOrder>();

/** Computed once per fact catalog. */
export function factOrder(vocabulary: Vocabulary): FactOrder {
  let order = orders.get(vocabulary.facts);
  if (!order) {
    const ids = [...vocabulary.facts.keys()];
    order = { ids, position: new Map(ids.map((id, i) => [id, i])) };
    orders.set(vocabulary.facts, order);
  }
  return order;
}

/** The facts at these positions, once each, in catalog order (sorts `positions`). */
export function factsAt(positions: number[], order: FactOrder): string[] {
  positions.sort((a, b) => a - b);
  const facts: string[] = [];
  positions.forEach((p, i) => {
    if (p !== positions[i - 1]) facts.push(order.ids[p]!);
  });
  return trimmed(facts);
}
