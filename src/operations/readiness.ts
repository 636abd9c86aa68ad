import { errorFields, type Logger } from '../logger';

/** One thing the server needs before it takes turns; `check` rejects when it is not there (e.g. the store's ping). */
export interface ReadinessCheck {
  name: string;
  check(): Promise<void>;
}

export type CheckOutcome = 'ok' | 'failed' | 'timed out';

export interface ReadinessReport {
  ready: boolean;
  shuttingDown: boolean;
  checks: Record<string, CheckOutcome>;
}

/** A check slower than this counts as failed: a load balancer's probe should not hang on a stuck store. */
export const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether this instance should get traffic: every check passes and no SIGTERM has arrived. From the moment
 * shutdown starts it answers not ready, so a load balancer sends new turns elsewhere while requests under way finish.
 */
export class Readiness {
  private stopping = false;

  constructor(
    private readonly checks: readonly ReadinessCheck[],
    private readonly logger: Logger,
    private readonly timeoutMs = CHECK_TIMEOUT_MS,
  ) {}

  shutDown(): void {
    this.stopping = true;
  }

  get shuttingDown(): boolean {
    return this.stopping;
  }

  async report(): Promise<ReadinessReport> {
    const outcomes = await Promise.all(this.checks.map(async ({ name, check }) => [name, await this.outcomeOf(name, check)] as const));
    const checks = Object.fromEntries(outcomes);
    const ready = !this.stopping && outcomes.every(([, outcome]) => outcome === 'ok');
    return { ready, shuttingDown: this.stopping, checks };
  }

  private async outcomeOf(name: string, check: () => Promise<void>): Promise<CheckOutcome> {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<CheckOutcome>((resolve) => {
      timer = setTimeout(() => resolve('timed out'), this.timeoutMs);
    });
    const checked = check().then(
      (): CheckOutcome => 'ok',
      (error: unknown): CheckOutcome => {
        this.logger.warn('readiness check failed', { check: name, ...errorFields(error) });
        return 'failed';
      },
    );
    try {
      return await Promise.race([checked, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }
}
