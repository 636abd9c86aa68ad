import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { startChildServer, type ChildServer } from '../../reliability/support/childServer';
import { startRedisServer, type RedisServer } from '../../support/redisServer';

export interface SharedRedisInstances {
  redis: RedisServer;
  /** Each a child process running src/index.ts, as `npm start` runs it, on a port of its own. */
  instances: ChildServer[];
  /** A client of the test's own, to look at what the instances keep in Redis. */
  inspect: Redis;
  /** Stops what is still running. */
  stop(): Promise<void>;
}

/**
 * A redis-server of the test's own on a free port, and `count` bot processes sharing it (STATE_STORE), as several
 * instances behind a load balancer would: one WEBCHAT_TOKEN_SECRET, the pre-screening log in Redis.
 */
export async function startSharedRedisInstances(count: number, env: Record<string, string>): Promise<SharedRedisInstances> {
  const redis = await startRedisServer();
  const shared = {
    STATE_STORE: redis.url,
    WEBCHAT_TOKEN_SECRET: randomBytes(36).toString('base64'),
    // With Redis the log is a stream; the child's default file must not be set.
    SCREENING_LOG: '',
    ...env,
  };
  const instances = await Promise.all(Array.from({ length: count }, () => startChildServer(shared)));
  const inspect = new Redis(redis.url);
  return {
    redis,
    instances,
    inspect,
    stop: async () => {
      inspect.disconnect();
      await Promise.all(instances.map((instance) => instance.stop()));
      await redis.stop();
    },
  };
}
