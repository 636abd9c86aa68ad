import type { Catalog } from '../../src/catalog/loadCatalog';
import { fixedClock } from '../../src/clock';
import type { Day } from '../../src/dates/calendar';
import { renderReplies, type OutgoingMessage } from '../../src/replies/render';
import { commandReader } from '../../src/replies/texts/texts';
import type { CardData, ScreeningInput } from '../../src/screening/input';
import { ScreeningPlan, type EngineSession } from '../../src/screening/plan';
import type { Question, Reply } from '../../src/screening/replies';
import { Screening } from '../../src/screening/screening';
import { readScreening, type ScreeningState, type StoredScreening } from '../../src/screening/state';
import { EVALUATION_DAY, realCatalog } from './catalog';

/**
 * The screening's pure transitions driven turn by turn, with no adapter, channel or store: the state a turn
 * returns is the state the next one starts from (stored as JSON, as a store keeps it).
 */
export class ScreeningDriver {
  readonly screening: Screening;
  readonly catalog: Catalog;
  stored: StoredScreening;
  private session: EngineSession;

  /** One question at a time unless `groupSize` says otherwise. */
  constructor({ catalog = realCatalog(), day = EVALUATION_DAY, groupSize = 1 }: { catalog?: Catalog; day?: Day; groupSize?: number } = {}) {
    this.catalog = catalog;
    this.screening = new Screening({ groupSize, commands: commandReader() });
    this.session = new ScreeningPlan(catalog, fixedClock(day)).newSession();
    this.stored = readScreening(undefined);
  }

  get state(): ScreeningState {
    return this.stored.state;
  }

  step(input: ScreeningInput, deliveryKey?: string): Reply[] {
    const { state, replies, session } = this.screening.step(this.session, this.stored, input, deliveryKey);
    this.session = session;
    this.stored = readScreening(JSON.parse(JSON.stringify(state)));
    return replies;
  }

  say(text: string, deliveryKey?: string): Reply[] {
    return this.step({ kind: 'message', text }, deliveryKey);
  }

  submit(card: CardData): Reply[] {
    return this.step({ kind: 'message', text: '', card });
  }

  /** The replies as the plain messages a client without cards gets. */
  plain(replies: readonly Reply[]): string[] {
    return renderReplies(replies, this.catalog, this.state.locale).map((m) => m.summary);
  }

  /** The replies as the messages a channel sends: text and card. */
  messages(replies: readonly Reply[]): OutgoingMessage[] {
    return renderReplies(replies, this.catalog, this.state.locale);
  }
}

/** The question among the replies, if any, with the facts it asks about (of its items). */
export function questionIn(replies: readonly Reply[]): (Question & { facts: string[] }) | undefined {
  const question = replies.flatMap((r) => (r.kind === 'question' ? [r.question] : [])).at(-1);
  return question && { ...question, facts: question.items.map((item) => item.fact) };
}
