import { detailKey, type Detail, type FactDetail } from '../domain/detail';
import type { TrialDetails } from '../engine/result';

/** One thing that keeps a result open: a fact, or a detail of its answer; `reopen` when asking it again can settle it. */
export interface OpenItem {
  fact: string;
  detail?: Detail;
  /** Asked again from a result's "Add"; false for what only screening confirms. */
  reopen: boolean;
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
export function openParts(details: TrialDetails, declined: readonly FactDetail[]): OpenParts {
  const refused = new Set(declined.map(detailKey));
  const fact = (id: string): OpenItem => ({ fact: id, reopen: true });
  const detail = (d: FactDetail): OpenItem => ({ ...d, reopen: true });
  return {
    notYetKnown: [...details.missingFacts.map(fact), ...details.openDetails.filter((d) => !refused.has(detailKey(d))).map(detail)],
    notGiven: details.openDetails.filter((d) => refused.has(detailKey(d))).map(detail),
    answeredUnknown: details.unknownFacts.map(fact),
    undecided: details.undecidedFacts.map((id) => ({ fact: id, reopen: false })),
  };
}
