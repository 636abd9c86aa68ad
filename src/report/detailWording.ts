import { describeDuration } from '../dates/calendar';
import { detailKey, type FactDetail } from '../domain/detail';
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

/** What keeps an undecided result open, by kind, as labels; and the details not given themselves (to reopen them). */
export interface OpenParts {
  notYetKnown: string[];
  notGiven: string[];
  answeredUnknown: string[];
  undecided: string[];
  notGivenDetails: FactDetail[];
}

/**
 * What keeps an undecided result open, as a clinician should read it: what was never asked (facts, and details of
 * answers), what was asked and not given, what was answered "unknown", and answers too little to decide on with
 * nothing more to ask. A detail asked and left unanswered is "not given", never "answered unknown".
 */
export function openParts(details: TrialDetails, declined: readonly FactDetail[], vocabulary: Vocabulary): OpenParts {
  const refused = new Set(declined.map(detailKey));
  const label = (fact: string) => factLabel(vocabulary, fact);
  const given = details.openDetails.filter((d) => refused.has(detailKey(d)));
  return {
    notGivenDetails: given,
    notYetKnown: [...details.missingFacts.map(label), ...details.openDetails.filter((d) => !refused.has(detailKey(d))).map((d) => detailLabel(d, vocabulary))],
    notGiven: given.map((d) => detailLabel(d, vocabulary)),
    answeredUnknown: details.unknownFacts.map(label),
    undecided: details.undecidedFacts.map(label),
  };
}
