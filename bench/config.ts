import { parseIsoDay } from '../src/dates/calendar';

/** Every bound of the benchmark in one place; the whole run stays under about five minutes. */
export const BENCH = {
  /** The day the test profiles are written for, so every screening takes the same path. */
  day: parseIsoDay('2026-11-21'),
  http: {
    /** Concurrent conversations, one per connection. */
    connections: 64,
    warmUpSeconds: 3,
    roundSeconds: 10,
    /** Rounds of every bot, interleaved so that machine noise hits all alike. */
    rounds: 3,
    /** The one-process comparison run, per bot. */
    inProcessSeconds: 5,
  },
  /** Turns at the rate a busy deployment might see, ours and echo interleaved: the latency a clinician feels. */
  fixedRate: {
    turnsPerSecond: 200,
    warmUpSeconds: 2,
    roundSeconds: 5,
    rounds: 3,
  },
  engine: {
    sizes: [5, 100, 1_000, 10_000],
    /** Evaluations of a new patient per size (each with a fresh evaluator). */
    fullRuns: 5,
    /** Screenings walked per size, answer by answer. */
    walks: 3,
  },
  coldStartRuns: 5,
  /** WEBCHAT_TOKEN_SECRET for the bot on Redis (required with a shared store); the bench never serves Web Chat. */
  webChatTokenSecret: 'bench-only-web-chat-token-secret-0123456789',
  /** Longest screening walked before giving up on it (the longest test screening takes 35). */
  maxTurns: 120,
} as const;
