import { looksLikeSummary } from '../summary/looksLikeSummary';
import { answerQuestion } from './answering';
import { commandHandlers } from './commandHandlers';
import { confirmReading, readPasted } from './confirming';
import type { CommandReader } from './commands';
import { chooseLanguage } from './language';
import { commandOf, isQuestionButton, type ScreeningInput } from './input';
import type { EngineSession } from './plan';
import type { Reply } from './replies';
import { firstDelivery, type ScreeningState, type StoredScreening } from './state';
import { Turn } from './turn';

export { MAX_TRIES } from './answering';
export { RESULT_CARDS_PER_PAGE } from './turn';

export interface ScreeningOptions {
  /** Questions asked on one card at most; 1 asks one question at a time. */
  groupSize: number;
  /** The commands of every language the assistant speaks. */
  commands: CommandReader;
}

export interface ScreeningStep {
  state: ScreeningState;
  replies: Reply[];
  /** The engine session to keep for the next turn (a new one when the screening started over). */
  session: EngineSession;
  /** The activity was applied before: the state is as stored, and there is nothing to write. */
  duplicate: boolean;
}

type Message = Extract<ScreeningInput, { kind: 'message' }>;

/** What a message does in each phase, once commands and pasted summaries are dealt with. */
const phases: Record<ScreeningState['phase'], (turn: Turn, input: Message, pasted: boolean) => void> = {
  screening: (turn, input, pasted) => (pasted ? readPasted(turn, input.text) : answerQuestion(turn, input)),
  confirming: confirmReading,
  results: (turn, input, pasted) => {
    if (pasted) return readPasted(turn, input.text);
    turn.say(isQuestionButton(input.card) ? { kind: 'stale-button', staleFact: input.card.fact, open: false } : { kind: 'finished' });
  },
};

/**
 * The screening conversation as pure transitions: (stored state, input, engine session) → (new state, replies,
 * session). The engine drives it: each turn it asks what bears on the most undecided trials — a fact, a detail
 * of an answer given, or a card of them — records the answers, says which trials they ruled out, and asks again,
 * until no answer could change a verdict. It names no trial and no criterion, knows no channel, and sends
 * nothing: the caller stores the state, keeps the session and renders the replies.
 */
export class Screening {
  readonly groupSize: number;
  private readonly commands: CommandReader;

  constructor({ groupSize, commands }: ScreeningOptions) {
    this.groupSize = groupSize;
    this.commands = commands;
  }

  /** Works on `stored.state` in place: readScreening makes it afresh from what was stored, for this turn alone. */
  step(session: EngineSession, stored: StoredScreening, input: ScreeningInput, deliveryKey?: string): ScreeningStep {
    const turn = new Turn(session, stored.state, this.groupSize);
    // The channel's language, until the clinician names one.
    if (input.locale && !turn.state.localeChosen) turn.state.locale = input.locale;
    const repeated = deliveryKey !== undefined && !firstDelivery(turn.state, deliveryKey);
    if (repeated) duplicate(turn, input);
    else if (stored.reset) reset(turn, stored.reset);
    else if (input.kind === 'opened') opened(turn);
    else message(turn, input, this.commands);
    return { state: turn.state, replies: turn.replies, session: turn.session, duplicate: repeated };
  }
}

function opened(turn: Turn): void {
  if (turn.state.welcomed) return;
  turn.welcome();
  turn.askNext();
}

function message(turn: Turn, input: Message, commands: CommandReader): void {
  const command = commandOf(input, commands);
  // Before any answer, even a one-line note ("61F, RPF due to methysergide") is read for confirmation, not recorded.
  const opening = !turn.state.welcomed || turn.state.answered.length === 0;
  const pasted = !input.card && command === undefined && looksLikeSummary(input.text, turn.catalog, opening);
  // A channel that sends no conversationUpdate: the first message opens the screening (and may be a pasted note, or
  // the language to speak).
  if (!turn.state.welcomed) {
    if (command?.command === 'language' && command.locale) chooseLanguage(turn.state, command.locale);
    turn.welcome();
    return pasted ? readPasted(turn, input.text) : turn.askNext();
  }
  // Outside the results, "more" may be an answer (e.g. to a free-text question).
  if (command && !(command.command === 'more' && turn.state.phase !== 'results')) return commandHandlers[command.command](turn, command);
  phases[turn.state.phase](turn, input, pasted);
}

function duplicate(turn: Turn, input: ScreeningInput): void {
  if (input.kind === 'opened') return;
  turn.say({ kind: 'duplicate' });
  turn.askAgain();
}

function reset(turn: Turn, reason: 'version' | 'invalid'): void {
  turn.say({ kind: 'started' });
  turn.say({ kind: 'state-reset', reason });
  turn.askNext();
}
