import { formatDay, type Day } from '../dates/calendar';
import type { Vocabulary } from '../engine/compileContext';
import type { TrialResult } from '../engine/result';
import { detailLabel } from './detailWording';
import { factLabel } from './wording';

/** The machine-readable result: the engine's result without the full record, plus contacts and labels. */
export function jsonReport(results: readonly TrialResult[], day: Day, vocabulary: Vocabulary) {
  const label = (fact: string) => ({ fact, label: factLabel(vocabulary, fact) });
  return {
    evaluationDate: formatDay(day),
    trials: results.map((result) => {
      const { trialId, record, verdict, status } = result;
      const { deciding, criteria, missingFacts, unknownFacts, undecidedFacts, openDetails, toConfirm } = result.details();
      return {
        trialId,
        registryId: record.registryId,
        title: record.titles.brief,
        verdict,
        deciding,
        criteria,
        missingFacts: missingFacts.map(label),
        unknownFacts: unknownFacts.map(label),
        undecidedFacts: undecidedFacts.map(label),
        openDetails: openDetails.map((d) => ({ ...d, label: detailLabel(d, vocabulary) })),
        toConfirm: toConfirm.map(({ id, source, confirmOnly }) => ({ id, source, confirmOnly })),
        status,
        contacts: record.contacts,
        sites: record.sites,
        sponsor: record.sponsor,
      };
    }),
  };
}
