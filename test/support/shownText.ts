/** What a clinician reads in activities: each one's text and the texts on its cards (questions are asked on a card). */
export function shownText(activities: ReadonlyArray<Record<string, unknown>>): string {
  const texts = (node: unknown): string[] => {
    if (Array.isArray(node)) return node.flatMap(texts);
    if (node === null || typeof node !== 'object') return [];
    const { text } = node as { text?: unknown };
    return [...(typeof text === 'string' ? [text] : []), ...Object.values(node).flatMap(texts)];
  };
  return activities.flatMap((activity) => [String(activity.text ?? ''), ...texts(activity.attachments)]).join('\n');
}
