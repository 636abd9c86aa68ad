import { z } from 'zod';
import type { Locale } from '../domain/wording';
import type { CommandReader, CommandRequest } from './commands';
import { AskedItem } from './state';

/**
 * What a card button or form sends (`activity.value`): the question's number and fact with the answer, or a
 * command. Anything else in `value` (Teams adds `msteams`) is ignored.
 */
export const CardData = z.looseObject({
  askSeq: z.number().int().optional(),
  fact: z.string().optional(),
  answer: z.string().optional(),
  command: z.string().optional(),
  trialId: z.string().optional(),
  /** A result card's "Add": the question to reopen. */
  reopen: AskedItem.optional(),
  /** The confirmation card of a pasted summary: record what is kept (with corrections), or discard it all. */
  confirm: z.enum(['record', 'discard']).optional(),
});
export type CardData = z.infer<typeof CardData>;

/**
 * One thing the clinician did, as the screening sees it, whatever the channel; `locale`: the language the channel
 * says the clinician uses (Teams sends the user's, the Web Chat page its own), when it is one the assistant speaks.
 */
export type ScreeningInput = (
  /** The conversation was opened (the bot installed, the user joined). */
  | { kind: 'opened' }
  /** A typed message or a card submission; `card` is absent for typed text. */
  | { kind: 'message'; text: string; card?: CardData }
) & { locale?: Locale };

/** The command a message carries, from a button's data or typed as the whole message. */
export function commandOf(input: Extract<ScreeningInput, { kind: 'message' }>, commands: CommandReader): CommandRequest | undefined {
  if (input.card?.command !== undefined) {
    const fromButton = commands.button(input.card.command, input.card.trialId, input.card.reopen);
    if (fromButton) return fromButton;
  }
  return commands.typed(input.text);
}

/** The text the clinician answered with: a button's answer, else what they typed. */
export function answerText(input: Extract<ScreeningInput, { kind: 'message' }>): string {
  return input.card?.answer ?? input.text;
}

/** A button of a question (as opposed to a command button, or typed text). */
export function isQuestionButton(card: CardData | undefined): card is CardData {
  return card !== undefined && (card.askSeq !== undefined || card.fact !== undefined);
}
