import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { createAssistant } from '../../src/assistant';
import type { Catalog } from '../../src/catalog/loadCatalog';
import { fixedClock } from '../../src/clock';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import { MemoryTurnLock } from '../../src/store/memoryTurnLock';
import type { StateStore } from '../../src/store/stateStore';
import { screeningCases } from '../../test/dialogs/profiles';
import { BENCH } from '../config';
import { askedFact } from '../http/askedFact';
import { median } from '../stats';

export interface StateReport {
  /** Bytes of JSON the store holds for one conversation after a full screening, per screening case. */
  perCase: { name: string; bytes: number; turns: number }[];
  medianBytes: number;
  maxBytes: number;
}

/** Drives each test profile's screening through the whole bot, then reads what its store keeps. */
export async function stateSize(catalog: Catalog): Promise<StateReport> {
  const perCase: StateReport['perCase'] = [];
  for (const { name, profile } of screeningCases) {
    const memory = new MemoryStateStore(3_600_000);
    let bytes = 0;
    // The store as the bot uses it, noting the size of the JSON each write keeps.
    const store: StateStore = {
      read: (key) => memory.read(key),
      write: (key, value, etag) => {
        bytes = Buffer.byteLength(JSON.stringify(value));
        return memory.write(key, value, etag);
      },
      delete: (key) => memory.delete(key),
      ping: () => memory.ping(),
      close: () => memory.close(),
    };
    const bot = createAssistant({ catalog, clock: fixedClock(BENCH.day), store, lock: new MemoryTurnLock() });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    const say = async (text: string): Promise<Partial<Activity>[]> => {
      await adapter.processActivity({ type: ActivityTypes.Message, text }, async (context) => bot.run(context));
      return adapter.activeQueue.splice(0);
    };
    let turns = 1;
    let asked = askedFact(await say('hello'));
    while (asked !== undefined && turns < BENCH.maxTurns) {
      turns += 1;
      asked = askedFact(await say(profile[asked] ?? 'unknown'));
    }
    perCase.push({ name, bytes, turns });
  }
  const sizes = perCase.map((c) => c.bytes);
  return { perCase, medianBytes: median(sizes), maxBytes: Math.max(...sizes) };
}
