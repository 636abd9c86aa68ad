import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import type { StateStore } from '../../src/store/stateStore';
import { update } from './updateState';

/**
 * What every StateStore must do, whatever keeps the state. `open(idleMs)` gives a fresh, empty store that
 * forgets a key idleMs after its last use; the suite closes it.
 */
export function stateStoreContract(open: (idleMs: number) => Promise<StateStore>): void {
  const HOUR = 3_600_000;

  it('reads nothing for a key never written', async () => {
    const store = await open(HOUR);
    expect(await store.read('conversation-1')).toBeUndefined();
    await store.close();
  });

  it('creates with no etag, and reads back a copy of the value with the etag of that write', async () => {
    const store = await open(HOUR);
    const value = { version: 1, answers: { age: 45 }, asked: ['age'] };
    const written = await store.write('conversation-1', value, undefined);
    value.answers.age = 99;
    expect(written.ok).toBe(true);
    const stored = await store.read('conversation-1');
    expect(stored).toEqual({ value: { version: 1, answers: { age: 45 }, asked: ['age'] }, etag: written.ok ? written.etag : 'none' });
    await store.close();
  });

  it('refuses a write with no etag when the key already holds a state, and keeps that state', async () => {
    const store = await open(HOUR);
    await store.write('conversation-1', { step: 1 }, undefined);
    expect(await store.write('conversation-1', { step: 2 }, undefined)).toEqual({ ok: false, conflict: true });
    expect((await store.read('conversation-1'))?.value).toEqual({ step: 1 });
    await store.close();
  });

  it('writes with the etag read, and then refuses the same etag: the second writer has to read again', async () => {
    const store = await open(HOUR);
    const first = await store.write('conversation-1', { step: 1 }, undefined);
    if (!first.ok) throw new Error('the first write was refused');
    const second = await store.write('conversation-1', { step: 2 }, first.etag);
    expect(second.ok && second.etag !== first.etag).toBe(true);
    expect(await store.write('conversation-1', { step: 'stale' }, first.etag)).toEqual({ ok: false, conflict: true });
    expect(await store.read('conversation-1')).toEqual({ value: { step: 2 }, etag: second.ok ? second.etag : 'none' });
    await store.close();
  });

  it('of two writers that read the same state, one is refused, and after reading again both changes are kept', async () => {
    const store = await open(HOUR);
    await store.write('conversation-1', [], undefined);
    const [a, b] = await Promise.all([store.read('conversation-1'), store.read('conversation-1')]);
    const results = await Promise.all([
      store.write('conversation-1', ['a'], a?.etag),
      store.write('conversation-1', ['b'], b?.etag),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, conflict: true }]);
    const loser = results[0]?.ok ? 'b' : 'a';
    await update<string[]>(store, 'conversation-1', (list = []) => [...list, loser]);
    expect(((await store.read('conversation-1'))?.value as string[]).sort()).toEqual(['a', 'b']);
    await store.close();
  });

  it('loses no change and applies none twice when 20 writers update one key at once', async () => {
    const store = await open(HOUR);
    const writers = Array.from({ length: 20 }, (_, i) => `writer-${i}`);
    await Promise.all(writers.map((writer) => update<string[]>(store, 'conversation-1', (list = []) => [...list, writer])));
    expect(((await store.read('conversation-1'))?.value as string[]).sort()).toEqual([...writers].sort());
    await store.close();
  });

  it('keeps keys apart', async () => {
    const store = await open(HOUR);
    await store.write('conversation-1', 'one', undefined);
    await store.write('conversation-2', 'two', undefined);
    expect((await store.read('conversation-1'))?.value).toBe('one');
    expect((await store.read('conversation-2'))?.value).toBe('two');
    await store.close();
  });

  it('deletes, and a writer holding the deleted state\'s etag cannot bring it back over a new one', async () => {
    const store = await open(HOUR);
    const old = await store.write('conversation-1', { screening: 'old' }, undefined);
    await store.delete('conversation-1');
    expect(await store.read('conversation-1')).toBeUndefined();
    await store.write('conversation-1', { screening: 'new' }, undefined);
    expect(await store.write('conversation-1', { screening: 'old, changed' }, old.ok ? old.etag : 'none')).toEqual({ ok: false, conflict: true });
    expect((await store.read('conversation-1'))?.value).toEqual({ screening: 'new' });
    await store.close();
  });

  it('refuses a value JSON cannot hold, naming what it got', async () => {
    const store = await open(HOUR);
    await expect(store.write('conversation-1', undefined, undefined)).rejects.toThrow(/must be JSON-serialisable; got undefined/);
    expect(await store.read('conversation-1')).toBeUndefined();
    await store.close();
  });

  it('forgets a key idleMs after its last read or write, and then takes a new state written as new', async () => {
    const idleMs = 1_200;
    const store = await open(idleMs);
    const written = await store.write('conversation-1', { answers: 3 }, undefined);
    await store.write('conversation-2', { answers: 1 }, undefined);
    await sleep(700);
    expect(await store.read('conversation-1')).toBeDefined(); // a use: its idle time starts again
    await sleep(700);
    // 1400 ms after the writes: the key read 700 ms ago is kept, the other one is gone.
    expect((await store.read('conversation-1'))?.value).toEqual({ answers: 3 });
    expect(await store.read('conversation-2')).toBeUndefined();
    await sleep(idleMs + 300);
    expect(await store.read('conversation-1')).toBeUndefined();
    expect(await store.write('conversation-1', { answers: 0 }, written.ok ? written.etag : 'none')).toEqual({ ok: false, conflict: true });
    expect((await store.write('conversation-1', { answers: 0 }, undefined)).ok).toBe(true);
    await store.close();
  });

  it('answers a ping while it is reachable', async () => {
    const store = await open(HOUR);
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });
}
