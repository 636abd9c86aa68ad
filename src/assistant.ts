import { ScreeningBot } from './bot';
import type { Catalog } from './catalog/loadCatalog';
import { HOUR_MS, type Clock } from './clock';
import { DEFAULT_QUESTION_GROUP_SIZE, DEFAULT_STATE_IDLE_HOURS } from './config';
import { commandReader } from './replies/texts/texts';
import { ScreeningPlan } from './screening/plan';
import { Screening } from './screening/screening';
import { ScreeningSessions } from './screening/sessions';
import type { ScreeningObserver } from './screeningEvents';
import type { StateStore, TurnLock } from './store/stateStore';

export interface AssistantDeps {
  catalog: Catalog;
  clock: Clock;
  store: StateStore;
  lock: TurnLock;
  /** A screening left this long without a turn is forgotten by the engine too (the store forgets its state). */
  idleHours?: number;
  /** Questions asked on one card at most (QUESTION_GROUP_SIZE); 1 asks one at a time. */
  groupSize?: number;
  /** Told when screenings start and reach their verdicts (metrics, the pre-screening log). */
  observer?: ScreeningObserver;
}

/** The bot over a catalog, a clock and a state store; index.ts, the bench and tests build it the same way. */
export function createAssistant({ catalog, clock, store, lock, idleHours = DEFAULT_STATE_IDLE_HOURS, groupSize = DEFAULT_QUESTION_GROUP_SIZE, observer }: AssistantDeps): ScreeningBot {
  const sessions = new ScreeningSessions(new ScreeningPlan(catalog, clock), idleHours * HOUR_MS);
  return new ScreeningBot({ screening: new Screening({ groupSize, commands: commandReader() }), sessions, catalog, store, lock, ...(observer ? { observer } : {}) });
}
