import type { CatalogWords } from '../../../catalog/catalogWords';
import type { Day } from '../../../dates/calendar';
import type { FactDetail } from '../../../domain/detail';
import type { Answers } from '../../../domain/factValue';
import type { TrialResult } from '../../../engine/result';
import { byVerdict, shownNumber } from '../../../report/results';
import { openParts, type OpenItem, type OpenParts } from '../../../report/openParts';
import { factOf } from '../lookup';
import { isoDay } from './format';
import { confirmOnly, decidingValue, detailLabel, exclusionReason, statusWithWarnings, trialName, verdictLabels, whomToContact } from './trials';
import { value } from './values';

/** Trials ruled out by one answer that its reply names; more are counted, so a large catalog's reply stays short. */
const RULED_OUT_NAMED = 10;

/**
 * "Ruled out: <study> — exclusion E4, Haemoglobin: 8.5 g/dL": the deciding criterion and the patient's value, one
 * short line per study; the source sentence is on the result card.
 */
export function ruledOutLines(w: CatalogWords, ruledOut: readonly TrialResult[]): string[] {
  const lines = ruledOut.slice(0, RULED_OUT_NAMED).map((r) => `Ruled out: ${trialName(w, r)} — ${decidingValue(w, r)}`);
  const more = ruledOut.length - RULED_OUT_NAMED;
  if (more > 0) lines.push(`…and ${more} more ${more === 1 ? 'study' : 'studies'} ruled out ("results" lists them).`);
  return lines;
}

/** Trials listed in full in the results text; the rest are counted, so the message stays far below Teams' 40 KB. */
const LISTED_IN_TEXT = 20;

/** An item that keeps a result open, named for a list: the fact's label, or the detail's. */
export function openItemLabel(w: CatalogWords, item: OpenItem): string {
  return item.detail ? detailLabel(w, { fact: item.fact, detail: item.detail }) : factOf(w, item.fact).label;
}

/** The headings of what keeps a result open. */
export const openHeadings: Record<keyof OpenParts, string> = {
  notYetKnown: 'Not yet known',
  notGiven: 'Not given',
  answeredUnknown: 'Answered "unknown"',
  undecided: 'Answered, but not enough to decide (confirmed at screening)',
};

/** What keeps a result open, one line per kind, each line with its heading ("Not given: start of azathioprine"). */
export function openLines(w: CatalogWords, result: TrialResult, declined: readonly FactDetail[]): string[] {
  const parts = openParts(result.details(), declined);
  return (Object.keys(openHeadings) as (keyof OpenParts)[]).flatMap((part) =>
    parts[part].length > 0 ? [`${openHeadings[part]}: ${parts[part].map((i) => openItemLabel(w, i)).join('; ')}`] : [],
  );
}

/**
 * Every result in brief: the studies the patient may fit (a card follows for each, with its essentials in its
 * plain text), and why each other one is ruled out.
 */
export function resultsText(w: CatalogWords, results: readonly TrialResult[]): string {
  const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
  const ruledOut = results.filter((r) => r.verdict === 'ineligible');
  const lines = [open.length > 0 ? `Studies the patient may fit (${open.length}):` : 'No study in the catalog fits the answers given.'];
  for (const r of open.slice(0, LISTED_IN_TEXT)) lines.push(`• ${trialName(w, r)}: ${verdictLabels[r.verdict]}.`);
  if (open.length > LISTED_IN_TEXT) lines.push(`…and ${open.length - LISTED_IN_TEXT} more that may fit: their cards follow ("more" shows the next ones).`);
  if (ruledOut.length > 0) {
    lines.push(`Ruled out (${ruledOut.length}):`);
    for (const r of ruledOut.slice(0, LISTED_IN_TEXT)) lines.push(`• ${trialName(w, r)} — ${exclusionReason(w, r)}`);
    if (ruledOut.length > LISTED_IN_TEXT) lines.push(`…and ${ruledOut.length - LISTED_IN_TEXT} more ruled out.`);
  }
  return lines.join('\n');
}

/** One result's essentials in plain text: what stands in for its card where cards are not shown. */
export function resultSummaryText(w: CatalogWords, result: TrialResult, declined: readonly FactDetail[]): string {
  const { toConfirm } = result.details();
  return [
    `• ${trialName(w, result)}: ${verdictLabels[result.verdict]}.`,
    ...openLines(w, result, declined).map((line) => `  ${line}.`),
    ...(toConfirm.length > 0 ? [`  To confirm at screening: ${toConfirm.map((c) => confirmOnly(w, result.trialId, c)).join(' ')}`] : []),
    `  Status: ${statusWithWarnings(w, result.status)}.`,
    `  Contact: ${whomToContact(w, result).join(' | ')}`,
  ].join('\n');
}

/** A de-identified summary the clinician can copy into a referral: answers as given, the trial, whom to call. */
export function referralText(w: CatalogWords, result: TrialResult, answers: Answers, answered: readonly string[], declined: readonly FactDetail[], day: Day): string {
  const facts = answered.flatMap((id) => {
    const fact = w.facts.get(id);
    const shown = fact ? value(w, fact, answers[id]) : undefined;
    return fact && shown ? [`• ${fact.label}: ${shown}`] : [];
  });
  const { toConfirm } = result.details();
  return [
    'Referral summary (de-identified; no name or record number)',
    `Study: ${trialName(w, result)}`,
    `Screening result on ${isoDay(day)}: ${verdictLabels[result.verdict]}`,
    'Patient facts as answered:',
    ...facts,
    ...openLines(w, result, declined),
    ...(toConfirm.length > 0 ? [`To confirm at screening: ${toConfirm.map((c) => `${shownNumber(c)} (${confirmOnly(w, result.trialId, c)})`).join('; ')}`] : []),
    `Recruitment status: ${statusWithWarnings(w, result.status)}`,
    `Contact: ${whomToContact(w, result).join(' | ')}`,
  ].join('\n');
}

export function moreCardsText(left: number): string {
  return `${left} more ${left === 1 ? 'study' : 'studies'} may fit; their details are in the list above. Type "more" for the next cards.`;
}

export const noMoreCardsText = 'There are no more result cards. Type "results" to see them all again.';

/** Headings and buttons of a result card. */
export const resultCardLabels = {
  toConfirm: 'To confirm at screening',
  status: 'Recruitment status',
  contacts: 'Contacts',
  sites: 'Sites',
  missing: 'Missing',
  referral: 'Referral summary',
  showCriteria: 'Show criteria',
  readAs: 'Read as',
  moreSites: (count: number) => `…and ${count} more sites`,
  add: (what: string) => `Add: ${what}`,
  call: (name: string) => `Call ${name}`,
  email: (name: string) => `Email ${name}`,
  registry: (id: string) => `Open ${id} in the registry`,
  moreMissing: (count: number) => `…and ${count} more: type "continue" to answer them.`,
};

/** The command-line report's own headings (its others are the result card's). */
export const reportLabels = { verdict: 'Verdict', readAs: 'read as', contact: 'Contact' };

/** Beside each criterion behind "Show criteria": how it stands for this patient. */
export const criterionStates: Record<'met' | 'not-applying' | 'open' | 'rules-out', string> = {
  met: 'met',
  'not-applying': 'does not apply',
  open: 'open',
  'rules-out': 'rules the patient out',
};

/** Beside an item of a result's "Missing" list, why it is missing (none for what was simply not asked yet). */
export const missingStates: Record<keyof OpenParts, string | undefined> = {
  notYetKnown: undefined,
  notGiven: 'not given',
  answeredUnknown: 'answered unknown',
  undecided: 'answered, confirmed at screening',
};

/** An item of the "Missing" list, with why when it was asked. */
export function missingText(label: string, state: string | undefined): string {
  return state ? `${label} (${state})` : label;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The one line under a result's verdict: why it is what it is. */
export function resultReason(w: CatalogWords, result: TrialResult, open: OpenParts): string {
  const { deciding, toConfirm } = result.details();
  const confirm = toConfirm.length > 0 ? `; ${plural(toConfirm.length, 'criterion', 'criteria')} to confirm at screening` : '';
  switch (result.verdict) {
    case 'eligible':
      return `Meets all ${plural(deciding.length, 'criterion', 'criteria')} the answers can check${confirm}.`;
    case 'needs-info': {
      const missing = open.notYetKnown.length + open.notGiven.length + open.answeredUnknown.length;
      return missing > 0
        ? `Nothing rules the patient out so far; ${plural(missing, 'fact is', 'facts are')} still open.`
        : `Nothing rules the patient out; ${plural(open.undecided.length, 'answer is', 'answers are')} not enough to decide, so screening confirms ${open.undecided.length === 1 ? 'it' : 'them'}.`;
    }
    case 'ineligible':
      return exclusionReason(w, result);
  }
}

/** Facts named in the line of what already fits; more are counted, so it stays a line or two. */
const FITS_NAMED = 4;

/** The one line of what already fits: the facts of the criteria met, named once each. */
export function fitsText(labels: readonly string[]): string {
  const shown = labels.slice(0, FITS_NAMED);
  return `Already fits: ${shown.join('; ')}${labels.length > shown.length ? `; and ${labels.length - shown.length} more` : ''}.`;
}

/** A criterion's sentence with a symbol the registry lost restored from its rule. */
export const readAsText = (restored: string): string => `Read as: “${restored}”`;
