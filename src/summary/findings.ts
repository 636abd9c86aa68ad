import type { DayInterval, KnownFactValue } from '../domain/factValue';
import type { FactDefinition, MedicationFact, SetFact } from '../domain/factDefinition';
import type { Guess } from '../domain/guess';
import type { Drug } from '../domain/vocabulary';
import type { ParseContext, ParseOutcome } from '../parsing/outcome';
import { parseAnswer } from '../parsing/parseAnswer';
import type { Span } from './span';
import type { Polarity } from './polarity';

/** Why a fact read from a summary is asked rather than recorded (worded in unclearWording.ts). */
export type UnclearReason =
  | { code: 'doubt' }
  /** Only one kind of the fact is denied ("HBV/HCV neg" for active infection, "not pregnant"). */
  | { code: 'partial' }
  | { code: 'no-date' }
  | { code: 'which' }
  /** "Not on steroids": now only, while the question covers the last 12 months. */
  | { code: 'now-only' }
  /** A medicine said to have failed, been planned, tapered…: whether and how it is taken is not plain. */
  | { code: 'status'; drug: string }
  /** A month the parser did not read as a date ("since Apr"): recording without it would drop the date. */
  | { code: 'unread-date'; drug: string }
  | { code: 'conflict' }
  /** A test result that does not settle the fact ("anti-HBc positive": a past or hidden infection; "HBsAg 0.01 IU/mL"). */
  | { code: 'test-result' }
  /** The parser reads it but needs one more detail before recording (a dose change, a confirmation). */
  | { code: 'follow-up'; summary: string }
  | { code: 'parse'; message: string };

/** What one mention says about one fact, before the mentions of a fact are put together. */
export type Finding =
  /**
   * `measured`: when a lab value was measured; `when`: said to be the value now, or an earlier one ("On admission: plt
   * 19"); `component`: the value of one of the measures the fact is the highest of ("TG 2.6 (<1.7)"); `guesses`: what
   * the reading took the words to mean beyond what they say.
   */
  | { kind: 'value'; fact: FactDefinition; value: KnownFactValue; summary: string; source: Span; measured?: DayInterval; when?: 'now' | 'earlier'; component?: string; guesses?: Guess[] }
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
      return { kind: 'value', fact, value: outcome.value, summary: outcome.summary, source, ...(outcome.guesses ? { guesses: outcome.guesses } : {}) };
    case 'unknown':
      return { kind: 'unclear', fact, source, reason: { code: 'doubt' } };
    case 'follow-up':
      // What a follow-up would ask (a confirmation) is asked instead.
      return { kind: 'unclear', fact, source, reason: { code: 'follow-up', summary: outcome.summary } };
    case 'invalid':
    case 'ambiguous':
      return { kind: 'unclear', fact, source, reason: { code: 'parse', message: outcome.message } };
  }
}

/** Words of the summary read as an answer to the fact's question. */
export function parsedFinding(text: string, fact: FactDefinition, source: Span, context: ParseContext): Settled {
  return findingOf(parseAnswer(text.trim(), fact, context), fact, source);
}
