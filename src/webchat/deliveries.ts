/** Client ids remembered per conversation: far more than a page re-posts (Web Chat retries its last few sends). */
export const REMEMBERED_DELIVERIES = 100;

/** The id a conversation's log gave a posted activity, and whether the bot has answered it. */
export interface Delivery {
  id: string;
  answered: boolean;
}

/**
 * The ids a conversation gave to posted activities, by the client's own id for them (Web Chat's
 * channelData.clientActivityID), in this process's memory. A client re-posts when it did not see the answer to
 * its post (a timeout, a dropped connection): a re-post of an answered post gets the first post's id and runs no
 * second turn, whether the copies arrive together or one after the other. Only the newest REMEMBERED_DELIVERIES
 * are kept.
 */
export class Deliveries {
  private readonly deliveries = new Map<string, Delivery>();

  constructor(private readonly limit = REMEMBERED_DELIVERIES) {}

  of(clientActivityId: string): Delivery | undefined {
    return this.deliveries.get(clientActivityId);
  }

  /** A post recorded in the log, not answered yet. */
  remember(clientActivityId: string, id: string): void {
    this.deliveries.set(clientActivityId, { id, answered: false });
    // Maps keep insertion order: the first key is the oldest.
    if (this.deliveries.size > this.limit) this.deliveries.delete(this.deliveries.keys().next().value as string);
  }

  answered(clientActivityId: string): void {
    const delivery = this.deliveries.get(clientActivityId);
    if (delivery) delivery.answered = true;
  }
}
