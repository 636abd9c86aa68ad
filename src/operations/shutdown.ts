import type { Logger } from '../logger';
import type { RunningServer } from '../server';
import type { Readiness } from './readiness';

export interface DrainOptions {
  running: RunningServer;
  readiness: Readiness;
  logger: Logger;
  /** How long connections are still accepted after the signal, while /readyz says 503. */
  delayMs: number;
  /** How long requests under way may then take to finish before their connections are dropped. */
  deadlineMs: number;
  /** Last work once no request is under way, such as closing the store's connection. */
  beforeExit?: () => Promise<void>;
}

/**
 * On SIGTERM (or SIGINT): /readyz answers 503 at once and every response closes its connection; for `delayMs`
 * the server still accepts connections (a load balancer takes a moment to stop sending, and a connection
 * waiting in the listen queue when the listener closes would be reset); then it stops accepting, the requests
 * under way finish (their turns included, each bounded by the reply timeout), and the process exits. A second
 * signal exits at once.
 */
export function drainOnSignals({ running, readiness, logger, delayMs, deadlineMs, beforeExit }: DrainOptions): void {
  const stop = (signal: NodeJS.Signals): void => {
    if (readiness.shuttingDown) {
      logger.warn('second signal while draining; exiting now', { signal });
      process.exit(1);
    }
    readiness.shutDown();
    logger.info('shutting down: not ready, finishing the requests under way', { signal, delayMs, deadlineMs });
    void new Promise((resolve) => setTimeout(resolve, delayMs))
      .then(() => running.drain(deadlineMs))
      .then(async (outcome) => {
        logger.info(outcome === 'drained' ? 'every request finished; exiting' : 'drain deadline reached, connections dropped; exiting', { outcome });
        await beforeExit?.();
      })
      .finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
