import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Ingress } from '../channels/ingress';
import { channelLabel } from '../channels/channelLabel';
import type { TrialResult } from '../engine/result';

/** A study's verdict, as the engine gives it: the study id is catalog data, fit for a label. */
export type TrialVerdict = Pick<TrialResult, 'trialId' | 'verdict'>;

/** What the conversation code reports when a screening starts and ends; it needs to know nothing of Prometheus. */
export interface ScreeningMetrics {
  /** `channel`: the activity's channelId. */
  screeningStarted(channel: string): void;
  screeningFinished(channel: string, results: readonly TrialVerdict[]): void;
}

/** What the state store reports: one call per failed command, `operation` from the store's own closed set. */
export interface StoreMetrics {
  storeError(operation: string): void;
}

// Turns take milliseconds when the bot answers in the response, up to the reply timeout when it posts to a slow channel.
const TURN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20];

/**
 * The process's metrics, in a registry of its own (so several servers in one test process never share counts).
 * Labels are route patterns, methods, statuses, entry points, known channels, study ids (catalog data) and
 * verdicts: never an id of a conversation or user, nor a value a patient or a caller gave.
 */
export class Metrics implements ScreeningMetrics, StoreMetrics {
  readonly registry = new Registry();
  private readonly turns = new Counter({
    name: 'bot_turns_total',
    help: 'Bot turns run, by entry point and outcome (failed: the turn threw and the user got the apology).',
    labelNames: ['ingress', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly turnSeconds = new Histogram({
    name: 'bot_turn_duration_seconds',
    help: 'Time from the start of a turn to its end, replies sent included.',
    labelNames: ['ingress'] as const,
    buckets: TURN_BUCKETS,
    registers: [this.registry],
  });
  private readonly requests = new Counter({
    name: 'http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from a request arriving to its response ending, by route pattern.',
    labelNames: ['route'] as const,
    buckets: TURN_BUCKETS,
    registers: [this.registry],
  });
  private readonly refused = new Counter({
    name: 'http_requests_refused_total',
    help: 'Requests answered with a 4xx (bad body, bad token, too large, rate-limited…), by route pattern and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  private readonly limited = new Counter({
    name: 'http_requests_rate_limited_total',
    help: 'Requests refused with 429 by a per-client rate limit, by route pattern.',
    labelNames: ['route'] as const,
    registers: [this.registry],
  });
  private readonly started = new Counter({
    name: 'screenings_started_total',
    help: 'Screenings started, by channel.',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  private readonly finished = new Counter({
    name: 'screenings_finished_total',
    help: 'Screenings that reached their results, by channel.',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });
  private readonly verdicts = new Counter({
    name: 'screening_verdicts_total',
    help: 'Verdicts of finished screenings, by study id and verdict.',
    labelNames: ['trial', 'verdict'] as const,
    registers: [this.registry],
  });
  private readonly storeErrors = new Counter({
    name: 'state_store_errors_total',
    help: 'Failed state store commands, by operation.',
    labelNames: ['operation'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  turnEnded(ingress: Ingress, seconds: number, outcome: 'ok' | 'failed'): void {
    this.turns.inc({ ingress, outcome });
    this.turnSeconds.observe({ ingress }, seconds);
  }

  /** `status` 'aborted': the response never finished (the client went away), whatever status it had set. */
  requestEnded(route: string, method: string, status: number | 'aborted', seconds: number): void {
    this.requests.inc({ route, method, status: String(status) });
    this.requestSeconds.observe({ route }, seconds);
    if (typeof status === 'number' && status >= 400 && status < 500) this.refused.inc({ route, status: String(status) });
  }

  rateLimited(route: string): void {
    this.limited.inc({ route });
  }

  // channelId is whatever a caller of /api/messages sends: labelled from a closed set, so no caller can make up
  // label values (each one a new time series).
  screeningStarted(channel: string): void {
    this.started.inc({ channel: channelLabel(channel) });
  }

  screeningFinished(channel: string, results: readonly TrialVerdict[]): void {
    this.finished.inc({ channel: channelLabel(channel) });
    for (const { trialId, verdict } of results) this.verdicts.inc({ trial: trialId, verdict });
  }

  storeError(operation: string): void {
    this.storeErrors.inc({ operation });
  }

  /** A gauge read when scraped, such as the intranet channel's open conversations (from a shared store: async). */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** The Prometheus text format. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
