/** Names of one or two characters are abbreviations, read only as written ("TG", "PE", "ca"), as summaries read them. */
const AS_WRITTEN_MAX = 2;

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (names: readonly string[], flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...names].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, flags);

/**
 * Patterns finding any of the names as whole words, the longest first: abbreviations of one or two characters as
 * written, the others in any case. Global, for replacing; `.test` callers get fresh ones each call.
 */
export function wholeWords(names: readonly string[]): RegExp[] {
  const short = names.filter((n) => n.length <= AS_WRITTEN_MAX);
  const long = names.filter((n) => n.length > AS_WRITTEN_MAX);
  return [...(long.length > 0 ? [pattern(long, 'giu')] : []), ...(short.length > 0 ? [pattern(short, 'gu')] : [])];
}

/** Whether the text holds one of the names as whole words (abbreviations as written). */
export function namesIn(text: string, names: readonly string[]): boolean {
  return wholeWords(names).some((p) => p.test(text));
}

/** Where the first of the names stands in the text as whole words, if it does. */
export function firstName(text: string, names: readonly string[]): RegExpExecArray | undefined {
  return wholeWords(names)
    .map((p) => p.exec(text))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => a.index - b.index)[0];
}
