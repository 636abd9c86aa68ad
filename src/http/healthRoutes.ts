import type * as restify from 'restify';
import type { Readiness } from '../operations/readiness';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

/**
 * /healthz: the process answers (restart it when it does not). /readyz: it should get traffic — 200 when every
 * check passes, 503 with the failing check's name otherwise, and 503 from the moment shutdown starts. Both answer
 * HEAD as GET, without the body, for load balancers that check with HEAD.
 */
export function registerHealthRoutes(server: restify.Server, readiness: Readiness): void {
  for (const method of ['get', 'head'] as const) {
    server[method](HEALTH_PATH, (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      res.send(200, { ok: true });
      next();
    });
    server[method](READY_PATH, (_req, res, next) => {
      readiness.report().then(
        (report) => {
          res.setHeader('Cache-Control', 'no-store');
          res.send(report.ready ? 200 : 503, report);
          next();
        },
        (error: unknown) => next(error instanceof Error ? error : new Error('the readiness report failed')),
      );
    });
  }
}
