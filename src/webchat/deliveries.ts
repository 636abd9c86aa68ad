/** Client ids remembered per conversation: far more than a page re-posts (Web Chat retries its last few sends). */
export const REMEMBERED_DELIVERIES = 100;

/**
 * The ids a conversation gave to posted activities, by the client's own id for them (Web Chat's
 * channelData.clientActivityID). A client re-posts when it did not see the answer to its post (a timeout, a
 * dropped connection): the re-post gets the first post's id and runs no second turn, whether the copies
 * arrive together or one after the other. Only the newest REMEMBERED_DELIVERIES are kept.
 */
export class Deliveries {
  private readonly ids = new Map<string, string>();

  constructor(private readonly limit = REMEMBERED_DELIVERIES) {}

  idOf(clientActivityId: string): string | undefined {
    return this.ids.get(clientActivityId);
  }

  remember(clientActivityId: string, id: string): void {
    this.ids.set(clientActivityId, id);
    // Maps keep insertion order: the first key is the oldest.
    if (this.ids.size > this.limit) this.ids.delete(this.ids.keys().next().value as string);
  }
}
