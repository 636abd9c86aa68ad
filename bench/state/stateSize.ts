import type { Catalog } from '../../src/catalog/loadCatalog';
import { DEFAULT_QUESTION_GROUP_SIZE } from '../../src/config';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import type { StateStore } from '../../src/store/stateStore';
import { screeningCases } from '../../test/dialogs/profiles';
import { Conversation, screen } from '../../test/support/conversation';
import { BENCH } from '../config';
import { median } from '../stats';

export interface StateReport {
  /** Bytes of JSON the store holds for one conversation after a full screening, per screening case. */
  perCase: { name: string; bytes: number; turns: number }[];
  medianBytes: number;
  maxBytes: number;
}

/** Drives each test profile's screening through the whole bot (cards as production asks them), then reads what its store keeps. */
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
    const conversation = new Conversation(catalog, BENCH.day, undefined, undefined, { store, groupSize: DEFAULT_QUESTION_GROUP_SIZE });
    const { turns } = await screen(conversation, profile, await conversation.start());
    perCase.push({ name, bytes, turns });
  }
  const sizes = perCase.map((c) => c.bytes);
  return { perCase, medianBytes: median(sizes), maxBytes: Math.max(...sizes) };
}
