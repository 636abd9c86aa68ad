import type { ParseContext } from '../parsing/outcome';
import { parsedFinding, type Finding } from './findings';
import type { IdentifierSpan } from './identifiers';
import type { SummaryLexicon } from './summaryLexicon';

/** A courtesy title and the word that names the same sex in the catalog's options. */
const TITLE = /\b(Mr|Mrs|Ms|Miss)\b\.?[ \t]+/g;
const SEX_OF: Record<string, string> = { Mr: 'man', Mrs: 'woman', Ms: 'woman', Miss: 'woman' };
/** Before the title on its line: the title is someone else's (the referrer's, the addressee's). */
const NOT_THE_PATIENT_BEFORE = /\b(?:from|to|dear|cc|yours|by|dr|seen\s+by|referred\s+by|signed)\b[^\n]*$/i;
/** After the name: a role, so the title is a clinician's ("Mr Jones, consultant surgeon"). */
const ROLE_AFTER = /^[\s,(]*(?:consultant|surgeon|registrar|dr|doctor|professor|prof|frcs|md|mbbs|nurse|specialist)\b/i;
/** An age right after the name: "Mrs ___, 41,", "Mr ___, 52 years", "Ms ___ (MRN …), 36,". */
const AGE_AFTER = /^(?:\([^()\n]*\))?\s*,\s*(\d{1,3})(?:\s*(?:y\/o|yo|y|yrs?|years?(?:\s+old)?))?\s*(?=[,.;)]|$)/im;

/**
 * A patient named by a title in the narrative gives the sex, and an age said right after the name ("Mrs ___, 41,
 * primary APS"; "Re: Mr ___, 58"). Not a title standing alone on its line or heading an address — an address block —
 * nor a referrer's or addressee's ("Dear Mr …", "seen by Mr …, consultant surgeon"). Names are blanked before this is
 * read; `identifiers` says where they and the addresses were.
 */
export function readTitles(text: string, identifiers: readonly IdentifierSpan[], lexicon: SummaryLexicon, context: ParseContext): Finding[] {
  const ageFact = [...context.vocabulary.facts.values()].find((f) => f.type === 'number' && f.patientAge);
  return [...text.matchAll(TITLE)].flatMap((m) => {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const lineEnd = text.indexOf('\n', m.index) === -1 ? text.length : text.indexOf('\n', m.index);
    const rest = text.slice(m.index + m[0].length, lineEnd).replace(/^[\s_]+/, '');
    if (rest === '' || headsAddress(text, m.index + m[0].length, identifiers) || ROLE_AFTER.test(rest) || NOT_THE_PATIENT_BEFORE.test(text.slice(lineStart, m.index))) return [];
    const source = { index: m.index, end: m.index + m[1]!.length };
    const entry = lexicon.mentions.scan(SEX_OF[m[1]!]!)[0]?.values.find((e) => e.kind === 'option');
    const sex: Finding[] = entry?.kind === 'option' ? [{ kind: 'option', fact: entry.fact, code: entry.code, source }] : [];
    const age = AGE_AFTER.exec(rest);
    if (!age || !ageFact) return sex;
    const end = m.index + m[0].length + (text.slice(m.index + m[0].length, lineEnd).length - rest.length) + age[0].length;
    return [...sex, parsedFinding(age[1]!, ageFact, { index: m.index, end }, context)];
  });
}

/** "Patient: Mrs ___, 12 Birch Lane": nothing but the blanked name stands between the title and an address. */
function headsAddress(text: string, from: number, identifiers: readonly IdentifierSpan[]): boolean {
  const next = identifiers.find((id) => id.index >= from && id.kind !== 'name');
  return next?.kind === 'address' && !/\p{L}|\d/u.test(text.slice(from, next.index));
}
