import type { Finding } from './findings';
import type { Span } from './span';
import type { SummaryLexicon } from './summaryLexicon';

/** Pronouns and the word that names the same sex in the catalog's options ("woman" names Female). */
const PRONOUNS = [
  { pattern: /\b(?:she|her|hers|herself)\b/gi, namedAs: 'woman' },
  { pattern: /\b(?:he|him|his|himself)\b/gi, namedAs: 'man' },
];
/** One pronoun may be about someone else ("her mother"); a narrative about the patient uses several. */
const MIN_PRONOUNS = 2;

/**
 * "She takes HCQ… She denies…": when no sex is named, a summary that speaks of the patient only as "she"
 * (or only as "he") says it. Pronouns of both kinds say nothing.
 */
export function sexFromPronouns(text: string, lexicon: SummaryLexicon, named: (factId: string) => boolean): Finding | undefined {
  const used = PRONOUNS.map((p) => ({ ...p, found: [...text.matchAll(p.pattern)] })).filter((p) => p.found.length > 0);
  if (used.length !== 1 || used[0]!.found.length < MIN_PRONOUNS) return undefined;
  const { found, namedAs } = used[0]!;
  const entry = lexicon.mentions.scan(namedAs)[0]?.values.find((e) => e.kind === 'option');
  if (!entry || entry.kind !== 'option' || named(entry.fact.id)) return undefined;
  const source: Span = { index: found[0]!.index, end: found[0]!.index + found[0]![0].length };
  return { kind: 'option', fact: entry.fact, code: entry.code, source };
}
