/** The fact the bot asks for in a turn's reply activities: its question card's buttons carry it. */
export function askedFact(activities: readonly unknown[]): string | undefined {
  for (const activity of activities as { attachments?: { content?: { actions?: { data?: { fact?: unknown; askSeq?: unknown } }[] } }[] }[]) {
    for (const attachment of activity.attachments ?? []) {
      for (const action of attachment.content?.actions ?? []) {
        if (typeof action.data?.fact === 'string' && action.data.askSeq !== undefined) return action.data.fact;
      }
    }
  }
  return undefined;
}
