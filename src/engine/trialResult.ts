import type { CriterionSummaries, OpenItems } from './criterionSummaries';
import { itemsAt, type FactOrder } from './factOrder';
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
  const open: OpenItems = { missing: [], unknown: [], answered: [] };
  criteria.forEach((criterion, k) => {
    if (summaries.isToConfirm(k)) toConfirm.push(criterion);
    else if (verdict === 'eligible' || (verdict === 'ineligible' ? summaries.excludes(k) : summaries.isOpen(k))) deciding.push(criterion);
    if (verdict === 'needs-info') summaries.collectOpenFacts(k, open);
  });
  const missing = itemsAt(open.missing, order);
  return {
    criteria,
    deciding: trimmed(deciding),
    missingFacts: missing.facts,
    openDetails: missing.details,
    unknownFacts: itemsAt(open.unknown, order).facts,
    undecidedFacts: itemsAt(open.answered, order).facts,
    toConfirm: trimmed(toConfirm),
  };
}
