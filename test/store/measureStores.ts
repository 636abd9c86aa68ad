// Prints what the state store costs a turn, memory beside Redis in the same run: the store part of a turn as the
// bot will run it (lock.run(key, read → write with the etag read)), 64 conversations at once, each with a state of
// the size a full screening leaves (README: 1.2 kB median, 3.9 kB at most). Not a test: `npx tsx test/store/measureStores.ts`.
// Needs redis-server (it starts its own); ROUND_MS and ROUNDS override the defaults.
import { performance } from 'node:perf_hooks';
import { HOUR_MS } from '../../src/clock';
import { MemoryStateStore } from '../../src/store/memoryStateStore';
import { MemoryTurnLock } from '../../src/store/memoryTurnLock';
import { RedisConnection } from '../../src/store/redisConnection';
import { RedisStateStore } from '../../src/store/redisStateStore';
import { RedisTurnLock } from '../../src/store/redisTurnLock';
import type { StateStore, TurnLock } from '../../src/store/stateStore';
import { startRedisServer } from '../support/redisServer';

const CONVERSATIONS = 64;
const ROUND_MS = Number(process.env.ROUND_MS ?? 3_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);

// A screening state of about 2 kB: answers keyed by fact, as the bot keeps them.
const STATE = { version: 1, answers: Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`fact_${i}`, { value: i * 1.5, unit: '10*9/L', at: '2026-11-22' }])) };

interface Figures {
  turnsPerSecond: number;
  p50: number;
  p99: number;
}

async function round(store: StateStore, lock: TurnLock): Promise<Figures> {
  const latencies: number[] = [];
  const end = performance.now() + ROUND_MS;
  const conversation = async (id: number) => {
    const key = `conversation-${id}`;
    while (performance.now() < end) {
      const started = performance.now();
      await lock.run(key, async () => {
        const stored = await store.read(key);
        const written = await store.write(key, { ...STATE, turn: latencies.length }, stored?.etag);
        if (!written.ok) throw new Error('conflict under the lock');
      });
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, id) => conversation(id)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { turnsPerSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const server = await startRedisServer();
  const connection = new RedisConnection(server.url);
  const variants = {
    memory: { store: new MemoryStateStore(HOUR_MS), lock: new MemoryTurnLock() },
    redis: { store: new RedisStateStore(connection, HOUR_MS), lock: new RedisTurnLock(connection) },
  };
  const results: Record<keyof typeof variants, Figures[]> = { memory: [], redis: [] };
  const ratios: number[] = [];
  await round(variants.memory.store, variants.memory.lock); // warm-up
  await round(variants.redis.store, variants.redis.lock);
  for (let i = 0; i < ROUNDS; i += 1) {
    const memory = await round(variants.memory.store, variants.memory.lock);
    const redis = await round(variants.redis.store, variants.redis.lock);
    results.memory.push(memory);
    results.redis.push(redis);
    ratios.push(redis.turnsPerSecond / memory.turnsPerSecond);
  }
  console.log(`${CONVERSATIONS} conversations, ${(JSON.stringify(STATE).length / 1024).toFixed(1)} kB state, ${ROUNDS} rounds of ${ROUND_MS} ms, medians`);
  console.log('store  | turns/s | p50 ms | p99 ms');
  for (const [name, figures] of Object.entries(results)) {
    const turns = median(figures.map((f) => f.turnsPerSecond));
    console.log(`${name.padEnd(6)} | ${turns.toFixed(0).padStart(7)} | ${median(figures.map((f) => f.p50)).toFixed(2).padStart(6)} | ${median(figures.map((f) => f.p99)).toFixed(2).padStart(6)}`);
  }
  console.log(`redis/memory: ${median(ratios).toFixed(3)} (rounds: ${ratios.map((r) => r.toFixed(3)).join(', ')})`);
  await connection.close();
  await server.stop();
}

void main();
