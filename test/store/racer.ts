// One of two processes racing on one Redis key (test/store/redisStateStore.test.ts): appends `count` entries
// named after `name` to the list under `key`, read-change-write with etags, alone (cas) or under the turn lock
// (locked), once the other racer is ready too, and prints how many of its writes were refused as conflicts.
import { setTimeout as sleep } from 'node:timers/promises';
import { RedisConnection } from '../../src/store/redisConnection';
import { RedisStateStore } from '../../src/store/redisStateStore';
import { RedisTurnLock } from '../../src/store/redisTurnLock';
import { update } from './updateState';

async function main(): Promise<void> {
  const [url, prefix, key, name, count, mode] = process.argv.slice(2) as [string, string, string, string, string, 'cas' | 'locked'];
  const connection = new RedisConnection(url, {}, prefix);
  const store = new RedisStateStore(connection, 60_000);
  const lock = new RedisTurnLock(connection);
  // Both racers start together: each counts itself in, then waits for the other.
  const ready = connection.namedKey('racers-ready');
  await connection.client.incr(ready);
  while (Number(await connection.client.get(ready)) < 2) await sleep(1);
  let conflicts = 0;
  for (let i = 0; i < Number(count); i += 1) {
    const append = () => update<string[]>(store, key, (list = []) => [...list, `${name}-${i}`]);
    conflicts += (mode === 'locked' ? await lock.run(key, append) : await append()).conflicts;
  }
  process.stdout.write(JSON.stringify({ conflicts }));
  await connection.close();
}

void main();
