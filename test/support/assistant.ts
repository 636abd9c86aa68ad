import { createAssistant } from '../../src/assistant';
import type { ScreeningBot } from '../../src/bot';
import type { Catalog } from '../../src/catalog/loadCatalog';
import { fixedClock, type Clock } from '../../src/clock';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import { MemoryTurnLock } from '../../src/store/memoryTurnLock';
import type { ScreeningObserver } from '../../src/screeningEvents';
import type { StateStore } from '../../src/store/stateStore';
import { EVALUATION_DAY, realCatalog } from './catalog';

export interface TestAssistantOptions {
  catalog?: Catalog;
  clock?: Clock;
  store?: StateStore;
  /** Questions per card; tests ask one at a time unless they say otherwise. */
  groupSize?: number;
  observer?: ScreeningObserver;
}

/** The whole bot as index.ts builds it, on the real catalog, the examples' evaluation day and a memory store. */
export function testAssistant({ catalog = realCatalog(), clock = fixedClock(EVALUATION_DAY), store = new MemoryStateStore(12 * 3_600_000), groupSize = 1, observer }: TestAssistantOptions = {}): ScreeningBot {
  return createAssistant({ catalog, clock, store, lock: new MemoryTurnLock(), groupSize, ...(observer ? { observer } : {}) });
}
