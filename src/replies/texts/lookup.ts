import type { CatalogWords } from '../../catalog/catalogWords';
import type { FactDefinition, FactType } from '../../domain/factDefinition';
import type { Drug } from '../../domain/vocabulary';
import { choiceLabel, choicesOf, type FactOf } from '../../engine/compileContext';

/*
 * What every language's messages look up in the catalog in their words, by the ids and codes the codes carry.
 * An id no longer in the catalog (a button from an older catalog) is said as the id, never an error.
 */

/** The fact, worded in the language; a fact of an unexpected type is no fact for the message (undefined). */
export function factIn<T extends FactType>(w: CatalogWords, id: string, type: T): FactOf<T> | undefined {
  const fact = w.facts.get(id);
  return fact?.type === type ? (fact as FactOf<T>) : undefined;
}

/** The fact's label, or its id. */
export const labelOf = (w: CatalogWords, id: string): string => w.facts.get(id)?.label ?? id;

/** The fact, worded in the language; an unknown id is a fact of that label and nothing else. */
export function factOf(w: CatalogWords, id: string): FactDefinition {
  return w.facts.get(id) ?? { id, type: 'boolean', label: id, question: id, hint: '', names: [], implied: [] };
}

export const drugOf = (w: CatalogWords, code: string): string => w.drugs.get(code)?.label ?? code;

/** The labels of a choice or set fact's options, all of them or those of `codes`. */
export function optionLabels(w: CatalogWords, fact: FactDefinition, codes?: readonly string[]): string[] {
  if (fact.type !== 'choice' && fact.type !== 'set') return [...(codes ?? [])];
  return codes ? codes.map((code) => choiceLabel(w, fact, code)) : choicesOf(w, fact).map((c) => c.label);
}

/** The drugs a medication fact covers, in the catalog's order: a message's examples. */
export function coveredDrugs(w: CatalogWords, fact: FactDefinition): Drug[] {
  if (fact.type !== 'medication') return [];
  return [...w.drugs.values()].filter((d) => d.classes.some((c) => fact.classes.includes(c)));
}
