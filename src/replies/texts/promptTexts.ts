import type { FactDefinition } from '../../domain/factDefinition';

/** Labels of a question card's buttons and fields. */
export const buttonLabels = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Not known',
  none: 'None',
  submit: 'Submit',
  dateField: 'Date or time ago',
  typedFollowUp: 'Or type the answer',
} as const;

/** The question as the card's heading, with how many open studies it bears on. */
export function questionLine(fact: FactDefinition, trialCount: number): string {
  const bears = trialCount > 0 ? ` (matters for ${trialCount} open ${trialCount === 1 ? 'study' : 'studies'})` : '';
  return `${fact.question}${bears}`;
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

/** What an answer was read as so far, while one more detail is asked before it is recorded. */
export function pendingText(summary: string): string {
  return `So far I read ${summary}`;
}

export const duplicateText = 'That message reached me twice; I applied it once.';
