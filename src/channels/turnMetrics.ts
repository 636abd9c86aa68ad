import type { Middleware, TurnContext } from 'botbuilder';
import type { Metrics } from '../operations/metrics';
import { ingressOf } from './ingress';

/** Counts every turn and its duration by entry point; a turn that throws counts as failed (the user got the apology). */
export function turnMetrics(metrics: Metrics): Middleware {
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      const started = process.hrtime.bigint();
      const seconds = (): number => Number(process.hrtime.bigint() - started) / 1e9;
      try {
        await next();
      } catch (error) {
        metrics.turnEnded(ingressOf(context), seconds(), 'failed');
        throw error;
      }
      metrics.turnEnded(ingressOf(context), seconds(), 'ok');
    },
  };
}
