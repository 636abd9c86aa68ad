import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Reading } from '../../src/domain/reading';
import type { FactValue } from '../../src/domain/factValue';
import type { AnswerProblem, UnclearFact } from '../../src/domain/unclearReason';
import type { Evidence, StatusWarning } from '../../src/engine/result';
import { byCode } from '../../src/replies/texts/byCode';
import { voiceOf } from '../../src/replies/voice';
import { realCatalog } from './catalog';

/*
 * Parsers and the summary reader return codes; these say them in English, as the bot does, so tests that read
 * what the clinician is told keep reading it in words.
 */

/** Why an answer is asked again, as the English conversation says it. */
export function problemText(problem: AnswerProblem, catalog: Catalog = realCatalog()): string {
  const { t, w } = voiceOf(catalog, 'en');
  return t.problem(w, problem);
}

/** How an answer was read, as the English "noted" line says it ("Haemoglobin: 8.5 g/dL (= 85 g/L)"). */
export function readingText(fact: string, value: FactValue, reading: Reading, catalog: Catalog = realCatalog()): string {
  const { t, w } = voiceOf(catalog, 'en');
  const definition = w.facts.get(fact);
  if (!definition) throw new Error(`no fact "${fact}" in the catalog`);
  return t.readings.reading(w, definition, value, reading);
}

/** What the clinician is told of a fact a summary left unclear. */
export function unclearText(unclear: UnclearFact, catalog: Catalog = realCatalog()): string {
  const { t, w } = voiceOf(catalog, 'en');
  return t.unclear(w, unclear);
}

/** Why a recruitment status may be out of date, as the English result card says it. */
export function warningText(warning: StatusWarning, catalog: Catalog = realCatalog()): string {
  const { t, w } = voiceOf(catalog, 'en');
  return byCode(t.trials.warningTexts, w, warning);
}

/** Evidence as the English result card words it: what the criterion tests, and the patient's value. */
export function evidenceTexts(evidence: Evidence, catalog: Catalog = realCatalog()): { test: string; value: string } {
  const { t, w } = voiceOf(catalog, 'en');
  return { test: t.evidence.test(w, evidence.test), value: t.evidence.patientValue(w, evidence) };
}
