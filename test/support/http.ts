import type { IncomingMessage } from 'node:http';

export interface JsonResponse {
  status: number;
  body: unknown;
  text: string;
}

/** POSTs `body` (serialized unless already a string) and reads the answer whatever its status. */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return readJsonResponse(response);
}

/** Status, text and (when it is JSON) parsed body of a response, whatever its status. */
export async function readJsonResponse(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

/** The `activities` of an expectReplies response. */
export function repliesOf(response: JsonResponse): Array<Record<string, unknown>> {
  const body = response.body as { activities?: Array<Record<string, unknown>> } | undefined;
  if (!Array.isArray(body?.activities)) {
    throw new Error(`expected an expectReplies body, got HTTP ${response.status}: ${response.text.slice(0, 200)}`);
  }
  return body.activities;
}

/** The whole body of a request a stub server received. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
