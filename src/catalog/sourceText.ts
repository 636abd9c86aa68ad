/**
 * Registry pages wrap lines and escape characters differently; a criterion's sentence is checked against
 * its source with whitespace collapsed and markdown escapes removed, so "verbatim" means the same words.
 */
export function normaliseSourceText(text: string): string {
  return text.replace(/\\([\^<>_*[\]])/g, '$1').replace(/\s+/g, ' ').trim();
}

export function sourceContains(source: string, sentence: string): boolean {
  return normaliseSourceText(source).includes(normaliseSourceText(sentence));
}
