import type { AskedItem } from './state';

/** What a clinician can say at any point of the screening. */
export const commandWords = {
  help: ['help', 'what can you do', 'commands'],
  back: ['back', 'undo', 'go back', 'previous'],
  restart: ['restart', 'start over', 'new patient', 'reset'],
  summary: ['summary', 'answers', 'my answers'],
  results: ['results', 'show results', 'result', 'matches'],
  why: ['why', 'why?', 'why do you ask', 'why this question'],
  continue: ['continue', 'resume', 'keep going'],
  more: ['more', 'show more', 'next'],
} as const;

/** Commands only buttons send: a trial's referral summary; reopening a question left unanswered (a result's "Add"). */
export type Command = keyof typeof commandWords | 'referral' | 'reopen';

export interface CommandRequest {
  command: Command;
  /** For "referral": the trial to summarise. */
  trialId?: string;
  /** For "reopen": the question to ask again. */
  item?: AskedItem;
}

const byWord = new Map<string, Command>(
  Object.entries(commandWords).flatMap(([command, words]) => words.map((w) => [w, command as Command] as const)),
);

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/^\//, '').replace(/[.!]+$/, '').replace(/\s+/g, ' ');
}

/** A command typed as the whole message. */
export function typedCommand(text: string): CommandRequest | undefined {
  const command = byWord.get(normalise(text));
  return command ? { command } : undefined;
}

/** A command sent by a card button (`value.command`), e.g. a result card's "Referral summary" or "Add". */
export function buttonCommand(command: string, trialId: string | undefined, item: AskedItem | undefined): CommandRequest | undefined {
  if (command === 'reopen') return item ? { command, item } : undefined;
  const known = command === 'referral' ? 'referral' : byWord.get(command);
  return known ? { command: known, ...(trialId !== undefined ? { trialId } : {}) } : undefined;
}
