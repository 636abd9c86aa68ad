import type { FactDefinition } from '../../domain/factDefinition';
import type { CardKind } from '../../screening/questionGroups';

/** Labels of a question card's buttons and fields. */
export const buttonLabels = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
  none: 'None',
  submit: 'Submit',
  dateField: 'Date or time ago',
  typedFollowUp: 'Or type the answer',
  noneOfThese: 'None of these',
  choose: 'Choose',
} as const;

function bearsOn(trialCount: number): string {
  return trialCount > 0 ? ` (matters for ${trialCount} open ${trialCount === 1 ? 'study' : 'studies'})` : '';
}

/** The question as the card's heading, with how many open studies it bears on. */
export function questionLine(fact: FactDefinition, trialCount: number): string {
  return `${fact.question}${bearsOn(trialCount)}`;
}

/** A group card's heading, by the kind of questions on it. */
const groupHeadings: Record<CardKind, string> = {
  intake: 'About the patient',
  values: 'Latest values',
  history: 'Does the patient have any of these?',
  medicines: 'Medicines',
  alone: 'Questions',
  mixed: 'A few more questions',
};

export function groupHeading(kind: CardKind, trialCount: number): string {
  return `${groupHeadings[kind]}${bearsOn(trialCount)}`;
}

export const followUpsHeading = 'One more detail for each of these answers';

export const groupGuide = 'Leave blank what you do not know. You can also type the answers, e.g. “plt 185, Hb 9.6 g/dL”, “none of these”, or “all no except splenectomy”.';

/** A group in plain text, for notifications and clients that show no cards. */
export function groupPlainText(kind: CardKind, facts: readonly FactDefinition[], trialCount: number): string {
  return [groupHeading(kind, trialCount), ...facts.map((f) => `• ${f.question} (${f.hint})`), groupGuide].join('\n');
}

/** Why a group's answers were not all taken: one line per question. */
export function groupProblemsText(problems: readonly { label: string; message: string }[]): string {
  return problems.map((p) => `${p.label}: ${p.message}`).join('\n');
}

/** The whole question in plain text, for notifications and clients that show no cards. */
export function questionPlainText(fact: FactDefinition, trialCount: number): string {
  return `${questionLine(fact, trialCount)}\n${fact.hint}`;
}

export function staleButtonText(staleLabel: string | undefined): string {
  const which = staleLabel ? `an earlier question (${staleLabel})` : 'an earlier question';
  return `That button belongs to ${which}, so I did not apply it.`;
}

/** Echoes how an answer was understood; an unknown answer names the fact. */
export function notedText(understood: string): string {
  return `Noted: ${understood}`;
}

export function notedUnknownText(label: string): string {
  return notedText(`${label} unknown`);
}

export function tooManyTriesText(label: string): string {
  return `I could not read that answer, so I have recorded ${label} as unknown and moved on. You can type "back" to try again.`;
}

/** A detail asked and not given: the answer stays as it was, and the results say the detail was not given. */
export function notGivenText(detail: string): string {
  return `Noted: ${detail} not given`;
}

/** What an answer was read as so far, while one more detail is asked before it is recorded. */
export function pendingText(summary: string): string {
  return `So far I read ${summary}`;
}

export const duplicateText = 'That message reached me twice; I applied it once.';
