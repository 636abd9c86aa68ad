import { profileAnswers } from '../../bench/engine/profileAnswers';
import type { Random } from '../../bench/engine/seededRandom';
import type { Catalog } from '../../src/catalog/loadCatalog';
import type { Answers, FactValue } from '../../src/domain/factValue';
import { evaluate } from '../../src/engine/evaluate';
import type { TrialResult } from '../../src/engine/result';
import { screeningCases } from '../dialogs/profiles';
import { EVALUATION_DAY } from './catalog';

/** Every value the test profiles give each fact, plus "unknown": answers to draw random patients from. */
export function valuePool(catalog: Catalog): Map<string, FactValue[]> {
  const pool = new Map<string, FactValue[]>();
  for (const { profile } of screeningCases) {
    for (const [fact, value] of Object.entries(profileAnswers(profile, catalog, EVALUATION_DAY))) {
      pool.set(fact, [...(pool.get(fact) ?? [{ kind: 'unknown', entered: 'unknown' }]), value]);
    }
  }
  return pool;
}

export const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;

/** What evaluating every trial from scratch gives. */
export const fromScratch = (catalog: Catalog, answers: Answers, day: number) => catalog.trials.map((t) => evaluate(t, answers, day, catalog));

/**
 * Results as data: the verdict and open facts the evaluator works out, the criterion ruling the patient out (worked
 * out on its own, before the details are), and the details, as they read now.
 */
export const shown = (results: readonly TrialResult[]) =>
  results.map((r) => ({ trialId: r.trialId, verdict: r.verdict, status: r.status, open: r.open, exclusion: r.exclusion(), ...r.details() }));
