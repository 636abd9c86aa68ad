import type { Answers } from '../domain/factValue';
import type { Day } from '../dates/calendar';
import { CatalogIndex } from './catalogIndex';
import type { CompiledTrial } from './compiledTrial';
import type { Vocabulary } from './compileContext';
import { IncrementalEvaluator } from './incrementalEvaluator';
import type { TrialResult } from './result';

/** An evaluator holds up to about 90 bytes per criterion (measured with every trial still open: 12.6 MB at 10,000 trials). */
const BYTES_PER_CRITERION = 90;
/** What the evaluators kept for one catalog may hold together. */
const EVALUATORS_BUDGET_BYTES = 128 * 2 ** 20;

/**
 * Screenings whose evaluator is kept (the least recently used one beyond this is dropped, and would
 * start over): 64 for catalogs up to about 20,000 criteria, fewer for larger ones, never under 4.
 */
export function screeningsKept(criteria: number): number {
  return Math.max(4, Math.min(64, Math.floor(EVALUATORS_BUDGET_BYTES / (BYTES_PER_CRITERION * Math.max(1, criteria)))));
}

interface Kept {
  evaluator: IncrementalEvaluator;
  lastUsed: number;
}

/**
 * An incremental evaluator per screening (a conversation) over one catalog, so that conversations taking
 * turns each pay only for their own new answer; a shared one would see a new patient at every turn.
 * An evaluator holds copies of the patient's answers, so one left unused for `idleMs` is dropped (checked
 * at every evaluation), as the conversation's state is, and `forget` drops one at once.
 */
export class ScreeningEvaluators {
  private readonly index: CatalogIndex;
  /** In order of last use, least recent first. */
  private readonly kept = new Map<string, Kept>();

  constructor(
    trials: readonly CompiledTrial[],
    vocabulary: Vocabulary,
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.index = new CatalogIndex(trials, vocabulary);
  }

  evaluate(screening: string, answers: Answers, day: Day): TrialResult[] {
    this.forgetIdle();
    const evaluator = this.kept.get(screening)?.evaluator ?? new IncrementalEvaluator(this.index);
    this.kept.delete(screening);
    this.kept.set(screening, { evaluator, lastUsed: this.now() });
    if (this.kept.size > screeningsKept(this.index.criteria.length)) this.kept.delete(this.kept.keys().next().value!);
    return evaluator.evaluate(answers, day);
  }

  forget(screening: string): void {
    this.kept.delete(screening);
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
