import type { TrialRecord } from '../domain/trialRecord';
import type { CriterionSummaries } from './criterionSummaries';
import { factsAt, type FactOrder } from './factOrder';
import { trimmed } from './trimmed';
import type { CriterionResult, StatusReport, TrialResult, Verdict } from './result';

/**
 * A trial's result from its criteria's results, `criteria[k]` being summarised at `summaries` index
 * `first + k`: any exclusion rules the trial out, else any open criterion leaves it open.
 * Reads only the summaries, never the results themselves: a screening rebuilds thousands per answer.
 */
export function trialResult(
  record: TrialRecord,
  status: StatusReport,
  order: FactOrder,
  criteria: CriterionResult[],
  summaries: CriterionSummaries,
  first = 0,
): TrialResult {
  let excluding = 0;
  let open = 0;
  for (let i = first; i < first + criteria.length; i++) {
    if (summaries.excludes(i)) excluding += 1;
    if (summaries.isOpen(i)) open += 1;
  }
  const verdict: Verdict = excluding > 0 ? 'ineligible' : open > 0 ? 'needs-info' : 'eligible';
  const deciding: CriterionResult[] = [];
  const toConfirm: CriterionResult[] = [];
  const missing: number[] = [];
  const unknown: number[] = [];
  criteria.forEach((criterion, k) => {
    const i = first + k;
    if (summaries.isToConfirm(i)) toConfirm.push(criterion);
    else if (verdict === 'eligible' || (verdict === 'ineligible' ? summaries.excludes(i) : summaries.isOpen(i))) deciding.push(criterion);
    if (verdict === 'needs-info') summaries.collectOpenFacts(i, missing, unknown);
  });
  return {
    trialId: record.id,
    record,
    verdict,
    criteria,
    deciding: trimmed(deciding),
    missingFacts: factsAt(missing, order),
    unknownFacts: factsAt(unknown, order),
    toConfirm: trimmed(toConfirm),
    status,
  };
}

