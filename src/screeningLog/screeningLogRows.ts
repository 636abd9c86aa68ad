import { channelLabel } from '../channels/channelLabel';
import { formatDay, type Day } from '../dates/calendar';
import type { TrialResult } from '../engine/result';
import type { ScreeningLogRow } from './screeningLogRow';

/**
 * One row per study of a finished screening: the day, the study, its verdict, the criterion that decided it (the
 * one that ruled the patient out, or the first still open; none for a study the patient may fit), and how many
 * facts it still waited for. Built from verdicts and catalog ids only: no answer and no id reaches a row.
 */
export function screeningLogRows(results: readonly TrialResult[], day: Day, channel: string): ScreeningLogRow[] {
  return results.map((result) => ({
    date: formatDay(day),
    studyId: result.trialId,
    verdict: result.verdict,
    ...decided(result),
    channel: channelLabel(channel),
  }));
}

/**
 * The deciding criterion and the facts waited for. Only an undecided study is explained whole: a decided one waits
 * for no fact, and the criterion that rules the patient out is found without explaining the others (a large
 * catalog rules out thousands, and shows none of them).
 */
function decided(result: TrialResult): Pick<ScreeningLogRow, 'decidingCriterion' | 'unknownFacts'> {
  if (result.verdict !== 'needs-info') return { decidingCriterion: result.exclusion()?.id ?? '', unknownFacts: 0 };
  // A study waiting only for a detail of an answer ("when was azathioprine started?") waits for something too.
  const { deciding, missingFacts, unknownFacts, openDetails } = result.details();
  return { decidingCriterion: deciding[0]?.id ?? '', unknownFacts: missingFacts.length + unknownFacts.length + openDetails.length };
}
