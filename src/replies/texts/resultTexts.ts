import type { Answers } from '../../domain/factValue';
import type { Vocabulary } from '../../engine/compileContext';
import { describeValue } from '../../engine/describeValue';
import type { TrialResult } from '../../engine/result';
import type { FactDetail } from '../../domain/detail';
import { openParts } from '../../report/detailWording';
import { byVerdict, decidingEvidence, exclusionReason, statusWithWarnings, trialName, verdictLabels, whomToContact } from '../../report/wording';
import { formatDay, type Day } from '../../dates/calendar';

/** Trials ruled out by one answer that its reply names; more are counted, so a large catalog's reply stays short. */
const RULED_OUT_NAMED = 10;

/**
 * "Ruled out: <study> — exclusion E4, Haemoglobin: 8.5 g/dL": the deciding criterion and the patient's value, one
 * short line per study; the source sentence is on the result card.
 */
export function ruledOutLines(ruledOut: readonly TrialResult[]): string[] {
  const lines = ruledOut.slice(0, RULED_OUT_NAMED).map((r) => `Ruled out: ${trialName(r)} — ${decidingValue(r)}`);
  const more = ruledOut.length - RULED_OUT_NAMED;
  if (more > 0) lines.push(`…and ${more} more ${more === 1 ? 'study' : 'studies'} ruled out ("results" lists them).`);
  return lines;
}

function decidingValue(result: TrialResult): string {
  const criterion = result.exclusion();
  if (!criterion) return '';
  const evidence = decidingEvidence(criterion);
  const which = `${criterion.kind} ${criterion.id}`;
  return evidence ? `${which}, ${evidence.factLabel}: ${evidence.value ?? 'not asked yet'}` : which;
}

/** Trials listed in full in the results text; the rest are counted, so the message stays far below Teams' 40 KB. */
const LISTED_IN_TEXT = 20;

/** What keeps a result open, one line per kind, each line with its heading ("Not given: start of azathioprine"). */
export function openLines(result: TrialResult, declined: readonly FactDetail[], vocabulary: Vocabulary): string[] {
  const parts = openParts(result.details(), declined, vocabulary);
  return (Object.keys(openHeadings) as (keyof typeof openHeadings)[]).flatMap((part) => (parts[part].length > 0 ? [`${openHeadings[part]}: ${parts[part].join('; ')}`] : []));
}

/** The headings of what keeps a result open. */
export const openHeadings = {
  notYetKnown: 'Not yet known',
  notGiven: 'Not given',
  answeredUnknown: 'Answered "unknown"',
  undecided: 'Answered, but not enough to decide (confirmed at screening)',
} as const;

/** The essentials of every result in plain text, for screen readers and channels without cards. */
export function resultsText(results: readonly TrialResult[], declined: readonly FactDetail[], vocabulary: Vocabulary): string {
  const open = byVerdict(results).filter((r) => r.verdict !== 'ineligible');
  const ruledOut = results.filter((r) => r.verdict === 'ineligible');
  const lines = [open.length > 0 ? `Studies the patient may fit (${open.length}):` : 'No study in the catalog fits the answers given.'];
  for (const r of open.slice(0, LISTED_IN_TEXT)) {
    lines.push(`• ${trialName(r)}: ${verdictLabels[r.verdict]}.`);
    const { toConfirm } = r.details();
    lines.push(...openLines(r, declined, vocabulary).map((line) => `  ${line}.`));
    if (toConfirm.length > 0) lines.push(`  To confirm at screening: ${toConfirm.map((c) => c.confirmOnly).join(' ')}`);
    lines.push(`  Status: ${statusWithWarnings(r.status)}.`);
    lines.push(`  Contact: ${whomToContact(r).join(' | ')}`);
  }
  if (open.length > LISTED_IN_TEXT) lines.push(`…and ${open.length - LISTED_IN_TEXT} more that may fit: their cards follow ("more" shows the next ones).`);
  if (ruledOut.length > 0) {
    lines.push(`Ruled out (${ruledOut.length}):`);
    for (const r of ruledOut.slice(0, LISTED_IN_TEXT)) lines.push(`• ${trialName(r)} — ${exclusionReason(r)}`);
    if (ruledOut.length > LISTED_IN_TEXT) lines.push(`…and ${ruledOut.length - LISTED_IN_TEXT} more ruled out.`);
  }
  return lines.join('\n');
}

/** A de-identified summary the clinician can copy into a referral: answers as given, the trial, whom to call. */
export function referralText(result: TrialResult, answers: Answers, answered: readonly string[], declined: readonly FactDetail[], vocabulary: Vocabulary, day: Day): string {
  const facts = answered.flatMap((id) => {
    const fact = vocabulary.facts.get(id);
    const value = fact ? describeValue(vocabulary, fact, answers[id]) : undefined;
    return fact && value ? [`- ${fact.label}: ${value}`] : [];
  });
  const { toConfirm } = result.details();
  return [
    'Referral summary (de-identified; no name or record number)',
    `Study: ${trialName(result)}`,
    `Screening result on ${formatDay(day)}: ${verdictLabels[result.verdict]}`,
    'Patient facts as answered:',
    ...facts,
    ...openLines(result, declined, vocabulary),
    ...(toConfirm.length > 0 ? [`To confirm at screening: ${toConfirm.map((c) => `${c.id} (${c.confirmOnly})`).join('; ')}`] : []),
    `Recruitment status: ${statusWithWarnings(result.status)}`,
    `Contact: ${whomToContact(result).join(' | ')}`,
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
  referral: 'Referral summary',
  noCentralContact: (sponsor: string) => `No central contact in the source; lead sponsor: ${sponsor}`,
  moreSites: (count: number) => `…and ${count} more sites`,
  add: (what: string) => `Add: ${what}`,
  call: (name: string) => `Call ${name}`,
  email: (name: string) => `Email ${name}`,
};
