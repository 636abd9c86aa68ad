import type { Catalog } from '../catalog/loadCatalog';
import type { Clock } from '../clock';
import { detailKey, type FactDetail } from '../domain/detail';
import type { Answers } from '../domain/factValue';
import { CatalogIndex } from '../engine/catalogIndex';
import { IncrementalEvaluator } from '../engine/incrementalEvaluator';
import { rankQuestions, type QuestionCandidate } from '../engine/nextQuestion';
import type { TrialResult } from '../engine/result';
import { sameItem, type AskedItem } from './state';

/**
 * What the screening needs from the engine, for one catalog: a fresh engine session per screening. Sessions are
 * kept by whoever keeps conversations (src/screening/sessions.ts), passed into each turn and handed back.
 */
export class ScreeningPlan {
  private readonly index: CatalogIndex;

  constructor(
    readonly catalog: Catalog,
    readonly clock: Clock,
  ) {
    this.index = new CatalogIndex(catalog.trials, catalog);
  }

  /** A session for a screening that has no evaluation yet (new, restarted, or first seen on this instance). */
  newSession(): EngineSession {
    return new EngineSession(this, new IncrementalEvaluator(this.index));
  }
}

/**
 * One screening's engine: its incremental evaluator (which evaluates again only what reads an answer that
 * changed) and the ranking of what to ask, worked out once per results.
 */
export class EngineSession {
  private ranked: { results: readonly TrialResult[]; key: string; candidates: QuestionCandidate[] } | undefined;

  constructor(
    readonly plan: ScreeningPlan,
    private readonly evaluator: IncrementalEvaluator,
  ) {}

  get catalog(): Catalog {
    return this.plan.catalog;
  }

  results(answers: Answers): TrialResult[] {
    return this.evaluator.evaluate(answers, this.plan.clock());
  }

  /**
   * What could still change a verdict, best first: facts not asked and details answers lack, less the details
   * declined; the items put first (after "back", or reopened) lead.
   */
  candidates(results: readonly TrialResult[], answers: Answers, first: readonly AskedItem[], declined: readonly FactDetail[]): QuestionCandidate[] {
    const key = JSON.stringify([first, declined.length]);
    if (this.ranked?.results === results && this.ranked.key === key) return this.ranked.candidates;
    const refused = new Set(declined.map(detailKey));
    const open = rankQuestions(results, this.plan.catalog, answers).filter((c) => !c.detail || !refused.has(detailKey({ fact: c.fact, detail: c.detail })));
    // The highest dose over a period waits while when the dose last changed is still to ask: that may settle it.
    const changeAsked = new Set(open.flatMap((c) => (c.detail?.kind === 'doseSince' ? [`${c.fact}|${c.detail.drug}`] : [])));
    const ranked = open.filter((c) => c.detail?.kind !== 'highestDose' || !changeAsked.has(`${c.fact}|${c.detail.drug}`));
    const leading = first.map((item) => ranked.find((c) => sameItem(c, item)) ?? { ...item, trials: [], criteria: [] });
    const candidates = [...leading, ...ranked.filter((c) => !first.some((item) => sameItem(c, item)))];
    this.ranked = { results, key, candidates };
    return candidates;
  }
}

/** Trials an answer ruled out: ineligible in `after`, not in `before` (both are in catalog order). */
export function ruledOutBy(before: readonly TrialResult[], after: readonly TrialResult[]): TrialResult[] {
  return after.filter((result, i) => result.verdict === 'ineligible' && before[i]?.verdict !== 'ineligible');
}
