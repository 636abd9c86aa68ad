import { expect } from 'vitest';
import { FactValue, type KnownFactValue } from '../../src/domain/factValue';
import type { UnclearFact } from '../../src/domain/unclearReason';
import { readSummary, type ReadFact, type SummaryReading } from '../../src/summary/readSummary';
import { readingText, unclearText } from '../support/english';
import { EVALUATION_DAY, realCatalog } from '../support/catalog';

/** Reads a summary against the real catalog on the examples' evaluation day (21 November 2026). */
export function read(text: string, today = EVALUATION_DAY): SummaryReading {
  return readSummary(text, { vocabulary: realCatalog(), today });
}

/** The fact read, checked against the FactValue schema and a JSON round trip (it is kept in conversation state). */
export function readFact(reading: SummaryReading, id: string): ReadFact & { summary: string } {
  const found = reading.facts.filter((f) => f.fact === id);
  if (found.length !== 1) throw new Error(`expected ${id} read once, got ${JSON.stringify(reading)}`);
  expect(FactValue.safeParse(found[0]!.value).error).toBeUndefined();
  expect(JSON.parse(JSON.stringify(found[0]!.value))).toEqual(found[0]!.value);
  return { ...found[0]!, summary: readingText(id, found[0]!.value, found[0]!.reading) };
}

export function valueOf(reading: SummaryReading, id: string): KnownFactValue {
  return readFact(reading, id).value;
}

/** The fact asked, with what the English conversation tells the clinician of it. */
export function askedAbout(reading: SummaryReading, id: string): UnclearFact & { message: string } {
  const found = reading.unclear.find((u) => u.fact === id);
  if (!found) throw new Error(`expected ${id} to be asked, got ${JSON.stringify(reading)}`);
  expect(reading.facts.some((f) => f.fact === id)).toBe(false);
  return { ...found, message: unclearText(found) };
}

/** Facts neither read nor asked. */
export function untouched(reading: SummaryReading, id: string): boolean {
  return !reading.facts.some((f) => f.fact === id) && !reading.unclear.some((u) => u.fact === id);
}
