import { normalizeName } from '../text/normalize';

/** Answers that mean "I don't know" for any question; they are recorded as unknown, never as no. */
const UNKNOWN = new Set(
  [
    ...['unknown', 'not known', 'unk', 'not sure', 'unsure', "don't know", 'do not know', "i don't know", 'dunno', 'idk', 'no idea'],
    ...['skip', 'pass', 'n/a', 'na', 'not available', 'not done'],
    // Worded with "no"/"not", but about the record, not the patient: never a "no" or a "none".
    ...['no data', 'no info', 'no information', 'no record', 'no records', 'not checked', 'not tested', 'not measured', 'not recorded'],
    // Uncertainty, however worded: "not that I know" is not a "no".
    ...['not that i know', 'not that i know of', 'not as far as i know', 'not to my knowledge', 'not that we know', 'not that we know of'],
    ...['maybe', 'perhaps', 'possibly', 'probably', 'probably not', 'uncertain', 'cannot say', "can't say", 'hard to say', 'not certain'],
    ...["don't think so", "i don't think so", 'i think not', 'unlikely', 'not that i recall', 'not that i remember', 'not to my recollection', 'not applicable'],
    // Not shown absent is not absent: "not excluded" is no "no".
    ...['not excluded', 'not ruled out', 'not yet excluded', 'not yet ruled out', 'cannot be excluded', "can't be excluded", 'cannot be ruled out', "can't be ruled out", 'cannot rule out', "can't rule out", 'cannot exclude', "can't exclude"],
  ].map(normalizeName),
);

/**
 * "never tested", "no, not checked", "has not been measured yet": the test was not done, which says nothing of the
 * patient — unknown, never the "no" its negation would otherwise read as.
 */
const NOT_ASSESSED =
  /^(?:(?:no|nope|neg) )?(?:(?:the )?(?:patient|pt|she|he|it|they) )?(?:(?:has|have|had|was|were|is) )?(?:not|never)(?: (?:yet|been|ever|formally))* (?:tested|checked|measured|done|recorded|assessed|screened|performed|investigated|looked|sent|requested|available)(?: (?:for|for it|yet))?$/;

/** Answers meaning "none of these / never": a complete answer where the question allows one. */
const NONE = ['none', 'no', 'nil', 'nothing', 'never', 'neither', 'none of these', 'none of the above'];

export function isUnknownAnswer(text: string): boolean {
  // "?" vanishes under normalization, so it is recognized on the raw text.
  const key = normalizeName(text);
  return /^\s*\?+\s*$/.test(text) || UNKNOWN.has(key) || NOT_ASSESSED.test(key);
}

/** `extra` adds a fact's own wording of "none" (its noneLabel). */
export function isNoneAnswer(text: string, extra: readonly string[] = []): boolean {
  const key = normalizeName(text);
  return key !== '' && [...NONE, ...extra].some((phrase) => normalizeName(phrase) === key);
}

/**
 * "no history of cancer", "has never received it", "not pregnant", "doesn't": a negative answer, with what
 * follows the negation (normalized, maybe empty). Undefined for anything else, and for a negation that goes
 * on to say more ("no, but…", figures, dates): that is not a plain "no".
 */
const NEGATION = /^(?:(?:the )?(?:patient|pt|she|he|they) )?(?:(?:has|have|had|is|was|were|does|did|do) (?:not|never|no)|hasnt|havent|hadnt|isnt|wasnt|werent|doesnt|didnt|dont|no|not|never|nope|nah|negative(?: for)?|without|none|nil|nothing|neither)(?: (.*))?$/;
const GOES_ON = /\b(?:but|except|although|though|however|apart|besides|other than|yet|until|since|ago|stopped|previously|before)\b/;

export function negatedRemainder(text: string): string | undefined {
  if (/\d/.test(text)) return undefined;
  const key = normalizeName(text);
  const match = NEGATION.exec(key);
  if (!match || GOES_ON.test(key)) return undefined;
  return match[1] ?? '';
}
