import { describeDuration } from '../dates/calendar';
import { detailKey, type Detail, type FactDetail } from '../domain/detail';
import type { Vocabulary } from '../engine/compileContext';
import type { TrialDetails } from '../engine/result';
import { factLabel } from './wording';

/** A detail of an answer named for a list: "start of azathioprine", "highest daily dose of prednisone in the last 3 months". */
export function detailLabel({ fact, detail }: FactDetail, vocabulary: Vocabulary): string {
  const drug = 'drug' in detail ? (vocabulary.drugs.get(detail.drug)?.label ?? detail.drug) : '';
  switch (detail.kind) {
    case 'started':
      return `start of ${drug}`;
    case 'stopped':
      return `stop of ${drug}`;
    case 'dose':
      return `daily dose of ${drug}`;
    case 'doseSince':
      return `when the dose of ${drug} last changed`;
    case 'route':
      return `route of ${drug}`;
    case 'highestDose':
      return `highest daily dose of ${drug} in the last ${describeDuration(detail.within)}`;
    case 'exactDate':
      return `exact date: ${factLabel(vocabulary, fact)}`;
    case 'exactValue':
      return `exact value: ${factLabel(vocabulary, fact)}`;
  }
}

/** One thing that keeps a result open: its label, and the question that would settle it, when asking it again can. */
export interface OpenItem {
  label: string;
  /** The fact, or the detail of its answer, to ask again (a result's "Add"); absent for what only screening confirms. */
  reopen?: { fact: string; detail?: Detail };
}

/** What keeps an undecided result open, by kind. */
export interface OpenParts {
  notYetKnown: OpenItem[];
  notGiven: OpenItem[];
  answeredUnknown: OpenItem[];
  undecided: OpenItem[];
}

/**
 * What keeps an undecided result open, as a clinician should read it: what was never asked (facts, and details of
 * answers), what was asked and not given, what was answered "unknown", and answers too little to decide on with
 * nothing more to ask. A detail asked and left unanswered is "not given", never "answered unknown". Each but the
 * last can be asked again.
 */
export function openParts(details: TrialDetails, declined: readonly FactDetail[], vocabulary: Vocabulary): OpenParts {
  const refused = new Set(declined.map(detailKey));
  const fact = (id: string): OpenItem => ({ label: factLabel(vocabulary, id), reopen: { fact: id } });
  const detail = (d: FactDetail): OpenItem => ({ label: detailLabel(d, vocabulary), reopen: d });
  return {
    notYetKnown: [...details.missingFacts.map(fact), ...details.openDetails.filter((d) => !refused.has(detailKey(d))).map(detail)],
    notGiven: details.openDetails.filter((d) => refused.has(detailKey(d))).map(detail),
    answeredUnknown: details.unknownFacts.map(fact),
    undecided: details.undecidedFacts.map((id) => ({ label: factLabel(vocabulary, id) })),
  };
}
