import type { EngineSession, ScreeningPlan } from './plan';

/** A session holds up to about 90 bytes per criterion (measured with every trial still open: 12.6 MB at 10,000 trials). */
const BYTES_PER_CRITERION = 90;
/** What the sessions kept for one catalog may hold together. */
const SESSIONS_BUDGET_BYTES = 128 * 2 ** 20;

/**
 * Screenings whose session is kept (the least recently used one beyond this is dropped, and would start over):
 * 64 for catalogs up to about 20,000 criteria, fewer for larger ones, never under 4.
 */
export function screeningsKept(criteria: number): number {
  return Math.max(4, Math.min(64, Math.floor(SESSIONS_BUDGET_BYTES / (BYTES_PER_CRITERION * Math.max(1, criteria)))));
}

interface Kept {
  session: EngineSession;
  lastUsed: number;
}

/**
 * The engine session of each screening (a conversation) on this instance, so that conversations taking turns each
 * pay only for their own new answer; a shared one would see a new patient at every turn. A session holds copies
 * of the patient's answers, so one left unused for `idleMs` is dropped (checked at every turn), as the
 * conversation's state is. A turn takes its session and gives back the one to keep (a new one after a restart).
 */
export class ScreeningSessions {
  /** In order of last use, least recent first. */
  private readonly kept = new Map<string, Kept>();
  private readonly limit: number;

  constructor(
    private readonly plan: ScreeningPlan,
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.limit = screeningsKept(plan.catalog.trials.reduce((n, t) => n + t.criteria.length, 0));
  }

  /** The screening's session, or a new one (a screening new here, or whose session was dropped). */
  take(screening: string): EngineSession {
    this.forgetIdle();
    const kept = this.kept.get(screening);
    this.kept.delete(screening);
    return kept?.session ?? this.plan.newSession();
  }

  /** Keeps the session a turn gave back, as the most recently used. */
  keep(screening: string, session: EngineSession): void {
    this.kept.delete(screening);
    this.kept.set(screening, { session, lastUsed: this.now() });
    if (this.kept.size > this.limit) this.kept.delete(this.kept.keys().next().value!);
  }

  /** Screenings currently kept. */
  get size(): number {
    return this.kept.size;
  }

  private forgetIdle(): void {
    for (const [screening, { lastUsed }] of this.kept) {
      if (this.now() - lastUsed < this.idleMs) return;
      this.kept.delete(screening);
    }
  }
}
