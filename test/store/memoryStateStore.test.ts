import { describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import { stateStoreContract } from './stateStoreContract';

describe('MemoryStateStore', () => {
  stateStoreContract(async (idleMs) => new MemoryStateStore(idleMs));

  it('drops idle conversations from memory within a minute of their idle time even when nobody reads them again', async () => {
    let now = 0;
    const store = new MemoryStateStore(3_600_000, () => now);
    for (let i = 0; i < 50; i += 1) await store.write(`idle-${i}`, { i }, undefined);
    now = 3_600_000 - 1;
    await store.write('active', {}, undefined);
    expect(store.size).toBe(51);
    now = 3_600_000; // the 50 idle ones have reached their idle time, but the last sweep was under a minute ago
    await store.read('active');
    expect(store.size).toBe(51);
    now = 3_600_000 + 60_000;
    await store.read('active');
    expect(store.size).toBe(1);
  });

  it('keeps a key until exactly idleMs after its last use', async () => {
    let now = 0;
    const store = new MemoryStateStore(1_000, () => now);
    await store.write('conversation-1', 'kept', undefined);
    now = 999;
    expect((await store.read('conversation-1'))?.value).toBe('kept');
    now = 999 + 999;
    expect((await store.read('conversation-1'))?.value).toBe('kept');
    now = 999 + 999 + 1_000;
    expect(await store.read('conversation-1')).toBeUndefined();
  });
});
