import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { registerMessagesRoute, type MessagesRouteDeps } from './http/messagesRoute';

export type { Bot } from './http/messagesRoute';

export type ServerDeps = MessagesRouteDeps;

/** The bot's HTTP server, not yet listening: health and messages routes; Web Chat registers on it too (registerWebChat). */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'trial-screening-assistant' });
  registerHealthRoute(server);
  registerMessagesRoute(server, deps);
  return server;
}

function registerHealthRoute(server: restify.Server): void {
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { ok: true });
    next();
  });
}

/** How long a closing server waits for requests under way before dropping their connections. */
const CLOSE_GRACE_MS = 1_000;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:3978 */
  url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0 = any free port) on every interface; resolves once the port is bound. */
export function listen(server: restify.Server, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, () => {
      server.removeListener('error', onError);
      const { port: boundPort } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${boundPort}`,
        close: () =>
          new Promise<void>((done, fail) => {
            // Open keep-alive connections (a browser polling Web Chat) would hold the close up: idle ones are
            // dropped at once, and any still busy after a short grace.
            const http = server.server;
            const grace = setTimeout(() => http.closeAllConnections(), CLOSE_GRACE_MS);
            server.close((error?: Error) => {
              clearTimeout(grace);
              if (error) fail(error);
              else done();
            });
            http.closeIdleConnections();
          }),
      });
    });
  });
}
