import type { FactDefinition } from '../../src/domain/factDefinition';

export const UNKNOWN_BUTTON = 'Not known';

export function questionText(fact: FactDefinition, trialCount: number, problem?: string): string {
  const bears = trialCount > 0 ? ` (matters for ${trialCount} open ${trialCount === 1 ? 'study' : 'studies'})` : '';
  const lines = [problem, `${fact.question}${bears}`, fact.hint].filter(Boolean);
  return lines.join('\n\n');
}

export function staleButtonText(staleLabel: string | undefined, currentQuestion: string): string {
  const which = staleLabel ? `an earlier question (${staleLabel})` : 'an earlier question';
  return `That button belongs to ${which}, so I did not apply it. The current question is: ${currentQuestion}`;
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
