import { normalizeName } from '../text/normalize';

/** Answers that mean "I don't know" for any question; they are recorded as unknown, never as no. */
const UNKNOWN = new Set(
  [
    ...['unknown', 'not known', 'unk', 'not sure', 'unsure', "don't know", 'do not know', "i don't know", 'dunno', 'idk', 'no idea'],
    ...['skip', 'pass', 'n/a', 'na', 'not available', 'not done'],
    // Worded with "no"/"not", but about the record, not the patient: never a "no" or a "none".
    ...['no data', 'no info', 'no information', 'no record', 'no records', 'not checked', 'not tested', 'not measured', 'not recorded'],
  ].map(normalizeName),
);

/** Answers meaning "none of these / never": a complete answer where the question allows one. */
const NONE = ['none', 'no', 'nil', 'nothing', 'never', 'neither', 'none of these', 'none of the above'];

export function isUnknownAnswer(text: string): boolean {
  // "?" vanishes under normalization, so it is recognized on the raw text.
  return /^\s*\?+\s*$/.test(text) || UNKNOWN.has(normalizeName(text));
}

/** `extra` adds a fact's own wording of "none" (its noneLabel). */
export function isNoneAnswer(text: string, extra: readonly string[] = []): boolean {
  const key = normalizeName(text);
  return key !== '' && [...NONE, ...extra].some((phrase) => normalizeName(phrase) === key);
}
