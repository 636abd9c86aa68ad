import { formatDay, type Day } from '../dates/calendar';
import type { TrialResult } from '../engine/result';
import type { Voice } from '../replies/voice';

/** The machine-readable result: the engine's result without the full record, plus contacts and labels in the voice's language. */
export function jsonReport(results: readonly TrialResult[], day: Day, { t, w }: Voice) {
  const label = (fact: string) => ({ fact, label: w.facts.get(fact)?.label ?? fact });
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
        openDetails: openDetails.map((d) => ({ ...d, label: t.trials.detailLabel(w, d) })),
        toConfirm: toConfirm.map(({ id, source, confirmOnly }) => ({ id, source, confirmOnly })),
        status,
        contacts: record.contacts,
        sites: record.sites,
        sponsor: record.sponsor,
      };
    }),
  };
}
