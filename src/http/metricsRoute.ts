import type * as restify from 'restify';
import type { Metrics } from '../operations/metrics';
import { peerAddress, type AddressSet } from './clientAddress';

export const METRICS_PATH = '/metrics';

/**
 * The Prometheus text format, for the addresses in METRICS_ALLOW (default: this machine). A request that came
 * through a proxy (X-Forwarded-For or Forwarded set) is refused whatever its peer: a reverse proxy on this
 * machine would otherwise make every internet request look local.
 */
export function registerMetricsRoute(server: restify.Server, metrics: Metrics, allowed: AddressSet): void {
  server.get(METRICS_PATH, (req, res, next) => {
    const proxied = req.header('x-forwarded-for') !== undefined || req.header('forwarded') !== undefined;
    if (proxied || !allowed.has(peerAddress(req))) {
      res.send(403, { error: 'metrics are served only to the addresses in METRICS_ALLOW, directly (not through a proxy)' });
      next(false);
      return;
    }
    metrics.text().then(
      (text) => {
        res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' });
        res.end(text);
        next();
      },
      (error: unknown) => next(error instanceof Error ? error : new Error('collecting metrics failed')),
    );
  });
}
