import type { StateStore } from '../../src/store/stateStore';

/** Applies `change` to the state under `key` as the bot will: read, change, write with the etag read, again on conflict. */
export async function update<T>(store: StateStore, key: string, change: (value: T | undefined) => T): Promise<{ conflicts: number }> {
  for (let conflicts = 0; ; conflicts += 1) {
    const stored = await store.read(key);
    const written = await store.write(key, change(stored?.value as T | undefined), stored?.etag);
    if (written.ok) return { conflicts };
  }
}
