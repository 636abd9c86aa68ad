/**
 * Typed text quoted, shortened so a pasted paragraph does not flood the chat. Both languages quote with “”, so
 * every locale's format module shares this one.
 */
export function quote(text: string): string {
  const trimmed = text.trim();
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 57)}…` : trimmed}”`;
}
