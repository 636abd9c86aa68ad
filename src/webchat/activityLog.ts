import type { ActivityJson } from '../botframework/activity';

/** What GET …/activities answers: activities after the caller's watermark, and the watermark to send next. */
export interface ActivitySet {
  activities: ActivityJson[];
  watermark: string;
}

/**
 * Per conversation: a whole screening (questions, answers, result cards) is well under this, and a client
 * polling every second is never more than a few activities behind.
 */
export const ACTIVITY_LOG_LIMITS = { count: 200, bytes: 256 * 1024 };

export type ActivityLogLimits = typeof ACTIVITY_LOG_LIMITS;

/** Azure Direct Line's id shape: conversation id, "|", the activity's zero-padded sequence number in its conversation. */
export function activityId(conversationId: string, sequence: number): string {
  return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}

/** The activity as the log keeps it and clients read it: with its id and its time (milliseconds since the epoch). */
export function stamped(activity: ActivityJson, id: string, time: number): ActivityJson {
  return { ...activity, id, timestamp: new Date(time) };
}

/**
 * What an activity counts against the log's byte budget: its JSON once stamped. Ids (below 10^7 activities) and
 * timestamps (years 0 to 9999) have a fixed width, so this is known before the sequence number and time are.
 */
export function sizeInLog(activity: ActivityJson, conversationId: string): number {
  return Buffer.byteLength(JSON.stringify(stamped(activity, activityId(conversationId, 0), 0)));
}

/** The number of activities the caller has seen; absent or unparsable: none. A count beyond the log's is the log's to judge. */
export function watermarkCount(watermark: string | undefined): number {
  return watermark !== undefined && /^\d{1,9}$/.test(watermark) ? Number(watermark) : 0;
}

/**
 * One conversation's activities as the client sees them, in order, each with an id and a timestamp, in this
 * process's memory. The watermark is the count of activities ever appended, so it keeps increasing when old
 * ones are dropped. Bounded in count and in bytes (result cards are large): a client that falls further behind
 * than that misses the oldest.
 */
export class ActivityLog {
  private readonly entries: { activity: ActivityJson; bytes: number }[] = [];
  private appended = 0;
  private bytes = 0;
  private lastTimestamp = 0;

  constructor(
    private readonly conversationId: string,
    private readonly now: () => number,
    private readonly limits: ActivityLogLimits = ACTIVITY_LOG_LIMITS,
  ) {}

  /** Stamps id and timestamp (Web Chat orders by timestamp, so they strictly increase) and appends. */
  append(activity: ActivityJson): ActivityJson {
    this.appended += 1;
    this.lastTimestamp = Math.max(this.now(), this.lastTimestamp + 1);
    const entry = stamped(activity, activityId(this.conversationId, this.appended), this.lastTimestamp);
    const bytes = sizeInLog(activity, this.conversationId);
    this.entries.push({ activity: entry, bytes });
    this.bytes += bytes;
    // The newest stays whatever its size: the client must get the reply it is waiting for.
    while (this.entries.length > 1 && (this.entries.length > this.limits.count || this.bytes > this.limits.bytes)) {
      this.bytes -= this.entries.shift()?.bytes ?? 0;
    }
    return entry;
  }

  /** Activities after `watermark`; an absent, unparsable or future watermark reads from the oldest kept. */
  since(watermark: string | undefined): ActivitySet {
    const counted = watermarkCount(watermark);
    const seen = counted > this.appended ? 0 : counted;
    const firstKept = this.appended - this.entries.length;
    const activities = this.entries.slice(Math.max(0, seen - firstKept)).map((entry) => entry.activity);
    return { activities, watermark: String(this.appended) };
  }
}
