import { request, type Agent } from 'node:http';

export interface RawRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** The client address to connect from (any of 127.0.0.0/8 on Linux): another "client" for per-client limits. */
  localAddress?: string;
  timeoutMs?: number;
  /** A keep-alive agent to reuse connections with; default: a connection of its own. */
  agent?: Agent;
}

export type RawOutcome =
  | { kind: 'answered'; status: number; text: string; headers: Record<string, string | string[] | undefined>; ms: number }
  | { kind: 'failed'; code: string; ms: number };

/**
 * One request on a connection of its own (or of `agent`), with the headers and bytes given as they are (fetch would refuse or
 * rewrite some, such as Content-Length and a body on GET): what the server answers, or how the exchange failed
 * (ECONNRESET: the server reset it; TIMEOUT: no answer within `timeoutMs`).
 */
export function rawRequest({ url, method = 'POST', headers = {}, body, localAddress, timeoutMs = 30_000, agent }: RawRequest): Promise<RawOutcome> {
  const started = Date.now();
  const ms = (): number => Date.now() - started;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: RawOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request(url, { method, headers, agent: agent ?? false, ...(localAddress ? { localAddress } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => settle({ kind: 'answered', status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers: res.headers, ms: ms() }));
      res.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'failed', code: error.code ?? error.name, ms: ms() }));
    });
    const timer = setTimeout(() => {
      settle({ kind: 'failed', code: 'TIMEOUT', ms: ms() });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'failed', code: error.code ?? error.name, ms: ms() }));
    req.end(body);
  });
}

/** Runs `work` over `items` with at most `concurrency` at a time; results in the items' order. */
export async function inPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
