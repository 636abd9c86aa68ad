import type { Activity } from 'botbuilder';

/** What GET …/activities answers: activities after the caller's watermark, and the watermark to send next. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark: string;
}

/**
 * Per conversation: a whole screening (questions, answers, result cards) is well under this, and a client
 * polling every second is never more than a few activities behind.
 */
export const ACTIVITY_LOG_LIMITS = { count: 200, bytes: 256 * 1024 };

/**
 * One conversation's activities as the client sees them, in order, each with an id and a timestamp.
 * The watermark is the count of activities ever appended, so it keeps increasing when old ones are
 * dropped. Bounded in count and in bytes (result cards are large; logs live in memory): a client that
 * falls further behind than that misses the oldest.
 */
export class ActivityLog {
  private readonly entries: { activity: Partial<Activity>; bytes: number }[] = [];
  private appended = 0;
  private bytes = 0;
  private lastTimestamp = 0;

  constructor(
    private readonly conversationId: string,
    private readonly now: () => number,
    private readonly limits: { count: number; bytes: number } = ACTIVITY_LOG_LIMITS,
  ) {}

  /** Stamps id and timestamp (Web Chat orders by timestamp, so they strictly increase) and appends. */
  append(activity: Partial<Activity>): Partial<Activity> {
    this.appended += 1;
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    // Azure Direct Line's id shape: conversation id, "|", a zero-padded sequence number.
    const id = `${this.conversationId}|${String(this.appended).padStart(7, '0')}`;
    const entry = { ...activity, id, timestamp: new Date(this.lastTimestamp) };
    const bytes = Buffer.byteLength(JSON.stringify(entry));
    this.entries.push({ activity: entry, bytes });
    this.bytes += bytes;
    // The newest stays whatever its size: the client must get the reply it is waiting for.
    while (this.entries.length > 1 && (this.entries.length > this.limits.count || this.bytes > this.limits.bytes)) {
      this.bytes -= this.entries.shift()?.bytes ?? 0;
    }
    return entry;
  }

  has(id: string): boolean {
    return this.entries.some((entry) => entry.activity.id === id);
  }

  /** Activities after `watermark`; an absent, unparsable or future watermark reads from the oldest kept. */
  since(watermark: string | undefined): ActivitySet {
    const seen = parseWatermark(watermark, this.appended);
    const firstKept = this.appended - this.entries.length;
    const activities = this.entries.slice(Math.max(0, seen - firstKept)).map((entry) => entry.activity);
    return { activities, watermark: String(this.appended) };
  }
}

function parseWatermark(watermark: string | undefined, appended: number): number {
  if (watermark === undefined || !/^\d{1,9}$/.test(watermark)) return 0;
  const value = Number(watermark);
  return value > appended ? 0 : value;
}
