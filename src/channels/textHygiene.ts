/**
 * Characters that change how text is shown without being seen: Unicode format characters (Cf: bidirectional
 * overrides and isolates such as U+202E, zero-width spaces and joiners, the byte order mark, tag characters)
 * and control characters (Cc) other than tab and line breaks. An answer echoed into a summary or a referral
 * with U+202E in it reads reversed; none of them belongs in what a clinician types.
 */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** The same for every string in a card's submitted data, however nested; other values are kept as they are. */
export function valueWithoutInvisibles(value: unknown): unknown {
  if (typeof value === 'string') return withoutInvisibles(value);
  if (Array.isArray(value)) return value.map(valueWithoutInvisibles);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, valueWithoutInvisibles(item)]));
  }
  return value;
}
