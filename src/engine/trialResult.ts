import type { CriterionSummaries } from './criterionSummaries';
import { factsAt, type FactOrder } from './factOrder';
import { trimmed } from './trimmed';
import type { CriterionResult, OpenFacts, TrialDetails, Verdict } from './result';

export const NOTHING_OPEN: OpenFacts = { positions: [], criteria: [] };

/** The verdict from the summaries of a trial's criteria, [first, end): any exclusion rules it out, else any open criterion leaves it open. */
export function verdictOf(summaries: CriterionSummaries, first: number, end: number): Verdict {
  let open = false;
  for (let k = first; k < end; k++) {
    if (summaries.excludes(k)) return 'ineligible';
    if (summaries.isOpen(k)) open = true;
  }
  return open ? 'needs-info' : 'eligible';
}

/** What explains a verdict, `criteria[k]` being summarised at `summaries` index k. */
export function trialDetails(verdict: Verdict, criteria: CriterionResult[], summaries: CriterionSummaries, order: FactOrder): TrialDetails {
  const deciding: CriterionResult[] = [];
  const toConfirm: CriterionResult[] = [];
  const missing: number[] = [];
  const unknown: number[] = [];
  criteria.forEach((criterion, k) => {
    if (summaries.isToConfirm(k)) toConfirm.push(criterion);
    else if (verdict === 'eligible' || (verdict === 'ineligible' ? summaries.excludes(k) : summaries.isOpen(k))) deciding.push(criterion);
    if (verdict === 'needs-info') summaries.collectOpenFacts(k, missing, unknown);
  });
  return {
    criteria,
    deciding: trimmed(deciding),
    missingFacts: factsAt(missing, order),
    unknownFacts: factsAt(unknown, order),
    toConfirm: trimmed(toConfirm),
  };
}
