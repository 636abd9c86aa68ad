import type { DayInterval, KnownFactValue } from '../domain/factValue';
import type { FactDefinition, MedicationFact, SetFact } from '../domain/factDefinition';
import type { Guess } from '../domain/guess';
import type { Reading } from '../domain/reading';
import type { UnclearReason } from '../domain/unclearReason';
import type { Drug } from '../domain/vocabulary';
import type { ParseContext, ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import type { Span } from './span';
import type { Polarity } from './polarity';

/** What one mention says about one fact, before the mentions of a fact are put together. */
export type Finding =
  /**
   * `measured`: when a lab value was measured; `when`: said to be the value now, or an earlier one ("On admission: plt
   * 19"); `component`: the value of one of the measures the fact is the highest of ("TG 2.6 (<1.7)"); `guesses`: what
   * the reading took the words to mean beyond what they say.
   */
  | { kind: 'value'; fact: FactDefinition; value: KnownFactValue; reading: Reading; source: Span; measured?: DayInterval; when?: 'now' | 'earlier'; component?: string; guesses?: Guess[] }
  | { kind: 'unclear'; fact: FactDefinition; source: Span; reason: UnclearReason; component?: string }
  /** Options of a set fact said present or absent ("uncontrolled hypertension", "not pregnant"); `whole` when the fact itself is denied. */
  | { kind: 'options'; fact: SetFact; present: string[]; absent: string[]; whole: boolean; source: Span }
  /** A choice fact named by one of its options ("woman", "SLE"). */
  | { kind: 'option'; fact: FactDefinition; code: string; source: Span }
  /** A medicine of a medication fact, with the words about it; `before` is where a "since then" may point (this sentence and the one before). */
  | { kind: 'medicine'; fact: MedicationFact; drug: Drug; name: Span; segment: Span; before: Span; polarity: Polarity }
  /** The class itself ("no steroids", "on immunosuppressants"); `part` for one kind ("No TPO-RA"). */
  | { kind: 'class'; fact: MedicationFact; polarity: Polarity; part: boolean; source: Span };

export type Settled = Extract<Finding, { kind: 'value' | 'unclear' }>;

/** A parser's outcome for words of the summary: its value, or what keeps it from being recorded. */
export function findingOf(outcome: ParseOutcome, fact: FactDefinition, source: Span): Settled {
  switch (outcome.kind) {
    case 'value':
      return { kind: 'value', fact, value: outcome.value, reading: outcome.reading, source, ...(outcome.guesses ? { guesses: outcome.guesses } : {}) };
    case 'unknown':
      return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
    case 'follow-up':
      // What a follow-up would ask (a confirmation) is asked instead.
      return { kind: 'unclear', fact, source, reason: { code: 'follow-up', value: outcome.pending, reading: outcome.reading } };
    case 'invalid':
    case 'ambiguous': {
      const { problem } = outcome;
      return { kind: 'unclear', fact, source, reason: problem.code === 'unclear' ? problem.unclear.reason : { code: 'parse', problem } };
    }
  }
}

/** Words of the summary read as an answer to the fact's question. */
export function parsedFinding(text: string, fact: FactDefinition, source: Span, context: ParseContext): Settled {
  return findingOf(parseAnswer(text.trim(), fact, context), fact, source);
}
