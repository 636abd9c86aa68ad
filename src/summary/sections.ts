import type { AssertionMatcher } from '../assertion/assertionMatcher';
import type { AssertionStatus } from '../domain/assertionRules';
import type { Span } from './span';

/** A line that opens a section of its own ("Medications:", "Investigations —"): it ends the section before. */
const HEADING = /^\s*[\p{L}][\p{L} /&'’()-]{1,40}\s*[:：]/u;

/**
 * The status a heading gives the lines under it ("Allergies:" → allergy, "Plan:" → planned), for each sentence:
 * a heading's section runs to a blank line or the next heading; a sentence that starts with a heading takes it.
 */
export function sectionsOf(text: string, matcher: AssertionMatcher): (sentence: Span) => AssertionStatus | undefined {
  const lines: { index: number; end: number; status: AssertionStatus | undefined }[] = [];
  let current: AssertionStatus | undefined;
  for (const m of text.matchAll(/[^\n]*/g)) {
    const line = m[0];
    if (line.trim() === '') current = undefined;
    else if (HEADING.test(line)) current = matcher.sectionOf(line);
    lines.push({ index: m.index, end: m.index + line.length, status: current });
    if (m.index + line.length >= text.length) break;
  }
  return (sentence) => {
    const own = matcher.sectionOf(text.slice(sentence.index, sentence.end));
    if (own) return own;
    return lines.find((l) => sentence.index >= l.index && sentence.index <= l.end)?.status;
  };
}
