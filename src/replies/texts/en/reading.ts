import type { Guess } from '../../../domain/guess';
import type { IdentifierKind } from '../../../summary/identifierKind';
import { list } from './format';

/** Labels of the confirmation card of a pasted summary. */
export const readingLabels = {
  record: 'Record these',
  discard: 'Discard all',
  correct: 'Correct a fact',
  willAsk: 'I will ask about:',
  stillOpen: 'Still open — answer what you can now (a blank field is asked later):',
  correction: (label: string) => `Correction: ${label}`,
};

export function readingIntroText(count: number): string {
  return `I read ${count} ${count === 1 ? 'fact' : 'facts'} from what you pasted. Nothing is recorded until you confirm: untick what is wrong, or press “${readingLabels.correct}”.`;
}

/** What a reading took the words to mean beyond what they say, marked beside the fact. */
export const guessLabels: Record<Guess, string> = {
  'unit-assumed': 'unit assumed',
  'date-resolved': 'date resolved',
  'dose-inferred': 'dose inferred',
};

/** After "Record these": one line, instead of every fact again (they are on the card above), naming the studies ruled out. */
export function recordedText(facts: number, ruledOut: readonly string[]): string {
  const recorded = `${facts} ${facts === 1 ? 'fact' : 'facts'} recorded`;
  return ruledOut.length > 0 ? `${recorded}; ${ruledOut.length} ${ruledOut.length === 1 ? 'study' : 'studies'} ruled out: ${ruledOut.join('; ')}.` : `${recorded}.`;
}

const identifierWords: Record<IdentifierKind, [one: string, many: string]> = {
  name: ['name', 'names'],
  'record-number': ['record number', 'record numbers'],
  'date-of-birth': ['date of birth', 'dates of birth'],
  phone: ['phone number', 'phone numbers'],
  email: ['email address', 'email addresses'],
  address: ['postal address', 'postal addresses'],
  'other-id': ['other identifier', 'other identifiers'],
};

/** Says which identifiers were ignored, by kind and count, never what they were; empty when none. */
export function ignoredText(ignored: readonly { kind: IdentifierKind; count: number }[]): string {
  if (ignored.length === 0) return '';
  const items = ignored.map(({ kind, count }) => `${count === 1 ? 'a' : count} ${identifierWords[kind][count === 1 ? 0 : 1]}`);
  return `I ignored ${list(items, 'and')} in it: I never keep or repeat identifiers.`;
}

/** One fact read, with the words it came from and what was guessed. */
export function readFactLine(summary: string, source: string, guesses: readonly Guess[] = []): string {
  return `${summary} — from “${source}”${guesses.map((g) => ` · ${guessLabels[g]}`).join('')}`;
}

export const confirmTypedText = 'Reply “yes” to record them all, or “no” to discard them.';
export const nothingReadText = 'I could not read any fact the studies ask about in that. Please answer the question, or paste a summary with the diagnosis, labs and medicines.';
export const readingDiscardedText = 'Discarded: nothing from the summary was recorded.';
export const readingWaitsText = 'The facts read from your summary are waiting: press “Record these” (untick or correct any first), or type “yes” to record them all or “no” to discard them.';

export function readUpToText(characters: number): string {
  return `That was long: I read its first ${characters} characters only. Paste the rest on its own if it holds more of the patient's facts.`;
}
