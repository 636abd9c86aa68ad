import type { Locale } from '../domain/wording';
import type { AskedItem } from './state';

/** What a clinician can type at any point of the screening. */
export const TYPED_COMMANDS = ['help', 'back', 'restart', 'summary', 'results', 'why', 'continue', 'more'] as const;
export type TypedCommand = (typeof TYPED_COMMANDS)[number];

/**
 * One language's words for each command, and the words that name the language itself ("中文", "English"): each
 * language's texts give them (src/replies/texts/<locale>/commands.ts), and every language's are read in any.
 */
export type CommandWords = Record<TypedCommand | 'language', readonly string[]>;

/**
 * Commands only buttons send: a trial's referral summary; reopening a question left unanswered (a result's "Add");
 * `language`: the conversation goes on in the language named.
 */
export type Command = TypedCommand | 'referral' | 'reopen' | 'language';

export interface CommandRequest {
  command: Command;
  /** For "referral": the trial to summarise. */
  trialId?: string;
  /** For "reopen": the question to ask again. */
  item?: AskedItem;
  /** For "language": the language named. */
  locale?: Locale;
}

/** "/Help.", "  帮助。": a command as typed, without case, a leading slash, trailing full stops or marks, or spacing. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/^\//, '').replace(/[.!。！]+$/, '').replace(/\s+/g, ' ');
}

/** Reads the commands of every language at once: an English command works in a Chinese conversation, and back. */
export class CommandReader {
  private readonly byWord = new Map<string, CommandRequest>();

  constructor(words: ReadonlyMap<Locale, CommandWords>) {
    for (const [locale, said] of words) {
      for (const [command, phrases] of Object.entries(said) as [keyof CommandWords, readonly string[]][]) {
        for (const phrase of phrases) this.byWord.set(normalise(phrase), command === 'language' ? { command, locale } : { command });
      }
    }
  }

  /** A command typed as the whole message. */
  typed(text: string): CommandRequest | undefined {
    return this.byWord.get(normalise(text));
  }

  /** A command sent by a card button (`value.command`), e.g. a result card's "Referral summary" or "Add". */
  button(command: string, trialId: string | undefined, item: AskedItem | undefined): CommandRequest | undefined {
    if (command === 'reopen') return item ? { command, item } : undefined;
    const known = command === 'referral' ? { command: 'referral' as const } : this.byWord.get(command);
    return known && known.command !== 'language' ? { ...known, ...(trialId !== undefined ? { trialId } : {}) } : undefined;
  }
}
