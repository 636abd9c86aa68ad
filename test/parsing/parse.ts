import path from 'node:path';
import { expect } from 'vitest';
import { loadCatalog } from '../../src/catalog/loadCatalog';
import { parseIsoDay, partialDateToInterval } from '../../src/dates/calendar';
import type { FactDefinition } from '../../src/domain/factDefinition';
import { FactValue, type DayInterval, type KnownFactValue } from '../../src/domain/factValue';
import type { Vocabulary } from '../../src/engine/compileContext';
import { parseAnswer, type ParseOutcome } from '../../src/parsing/parseAnswer';
import { problemText, readingText } from '../support/english';

export const catalog = loadCatalog(path.join(__dirname, '../../seeds'));
/** Every relative date in these tests is counted from Monday 15 June 2026. */
export const TODAY = parseIsoDay('2026-06-15');

export function factOf(id: string): FactDefinition {
  const fact = catalog.facts.get(id);
  if (!fact) throw new Error(`no fact "${id}" in the catalog`);
  return fact;
}

/** The fact each outcome of `parse` answers: its reading is worded by the fact (its label, its units). */
const answering = new WeakMap<ParseOutcome, string>();

export function parse(factId: string, text: string, vocabulary: Vocabulary = catalog): ParseOutcome {
  const outcome = parseAnswer(text, factOf(factId), { vocabulary, today: TODAY });
  answering.set(outcome, factId);
  return outcome;
}

/** The value of an accepted answer, checked against the FactValue schema and against a JSON round trip (state is stored as JSON). */
export function valueOf(outcome: ParseOutcome): KnownFactValue {
  if (outcome.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(outcome)}`);
  expect(FactValue.safeParse(outcome.value).error).toBeUndefined();
  expect(JSON.parse(JSON.stringify(outcome.value))).toEqual(outcome.value);
  return outcome.value;
}

/** How an outcome of `parse` was read, said in English as the "noted" line says it. */
export function summaryOf(outcome: ParseOutcome): string {
  if (outcome.kind !== 'value') throw new Error(`expected a value, got ${JSON.stringify(outcome)}`);
  const factId = answering.get(outcome);
  if (!factId) throw new Error('summaryOf reads outcomes of parse() only');
  return readingText(factId, outcome.value, outcome.reading, catalog);
}

export function messageOf(outcome: ParseOutcome, kind: 'invalid' | 'ambiguous'): string {
  if (outcome.kind !== kind) throw new Error(`expected ${kind}, got ${JSON.stringify(outcome)}`);
  return problemText(outcome.problem, catalog);
}

/**
 * An outcome as the English conversation says it: a problem as its message (a value and the rest as they are);
 * `fact` for a fact made up by the test, which the message names.
 */
export function said(outcome: ParseOutcome, fact?: FactDefinition): ParseOutcome | { kind: 'invalid' | 'ambiguous'; message: string } {
  const words = fact ? { ...catalog, facts: new Map([...catalog.facts, [fact.id, fact]]) } : catalog;
  return outcome.kind === 'invalid' || outcome.kind === 'ambiguous' ? { kind: outcome.kind, message: problemText(outcome.problem, words) } : outcome;
}

export const day = (iso: string): DayInterval => partialDateToInterval(iso);
