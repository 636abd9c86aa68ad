import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http';

export interface RecordedActivity {
  conversationId: string;
  replyToId: string | undefined;
  body: Record<string, unknown>;
}

export interface ConnectorStub {
  /** serviceUrl to put in activities. */
  url: string;
  received: RecordedActivity[];
  close(): Promise<void>;
}

const ACTIVITIES_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/**
 * Plays the Bot Framework connector service: records the replies a bot POSTs to
 * /v3/conversations/:conversationId/activities[/:replyToId] and answers `{ id }`.
 * `status` lets a test make the connector fail (a 4xx is not retried by the SDK); `delayMs` makes it slow.
 */
export async function startConnectorStub(status = 200, delayMs = 0): Promise<ConnectorStub> {
  const received: RecordedActivity[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const match = req.method === 'POST' ? ACTIVITIES_PATH.exec(req.url ?? '') : null;
      if (!match?.[1]) {
        res.writeHead(404).end();
        return;
      }
      received.push({
        conversationId: decodeURIComponent(match[1]),
        replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
        body: JSON.parse(text) as Record<string, unknown>,
      });
      const answer = JSON.stringify(status < 300 ? { id: `reply-${received.length}` } : { error: { code: 'Stubbed' } });
      setTimeout(() => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(answer);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
