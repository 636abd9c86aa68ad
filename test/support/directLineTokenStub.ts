import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './http';

export interface TokenRequest {
  authorization: string | undefined;
  body: unknown;
}

export interface DirectLineTokenStub {
  /** What DIRECT_LINE_ENDPOINT points at. */
  url: string;
  requests: TokenRequest[];
  /** The status the next requests get; 200 answers a token. */
  status: number;
  close(): Promise<void>;
}

/**
 * Plays Azure Direct Line's POST /v3/directline/tokens/generate: records the Authorization header and
 * body, and answers a token bound to a conversation, as Azure does.
 */
export async function startDirectLineTokenStub(): Promise<DirectLineTokenStub> {
  const requests: TokenRequest[] = [];
  const stub: DirectLineTokenStub = { url: '', requests, status: 200, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
        res.writeHead(404).end();
        return;
      }
      requests.push({ authorization: req.headers.authorization, body: text === '' ? undefined : JSON.parse(text) });
      res.writeHead(stub.status, { 'content-type': 'application/json' });
      const n = requests.length;
      res.end(JSON.stringify(stub.status === 200 ? { conversationId: `azure-conversation-${n}`, token: `azure-token-${n}`, expires_in: 3600 } : { error: { code: 'BadArgument' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return stub;
}
