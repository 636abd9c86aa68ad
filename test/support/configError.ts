import { loadConfig } from '../../src/config';

/** The message loadConfig throws for `env`; fails the test when it does not throw. */
export function configErrorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected loadConfig to throw');
}
