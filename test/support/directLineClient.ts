import type { WebChatSession } from '../../src/webchat/tokenRoute';
import { postJson, readJsonResponse, type JsonResponse } from './http';

export type LoggedActivity = Record<string, unknown> & {
  id: string;
  type: string;
  text?: string;
  from: { id: string; role?: string };
  replyToId?: string;
  timestamp: string;
  channelData?: Record<string, unknown>;
};

/** Speaks the Direct Line subset as directlinejs does, with plain fetch. */
export class DirectLineClient {
  constructor(readonly baseUrl: string) {}

  async session(): Promise<WebChatSession> {
    const response = await postJson(`${this.baseUrl}/api/webchat/token`, '');
    if (response.status !== 200) throw new Error(`token endpoint answered HTTP ${response.status}: ${response.text}`);
    return response.body as WebChatSession;
  }

  start(token: string | undefined): Promise<JsonResponse> {
    return this.request('POST', '/conversations', token, { user: {} });
  }

  post(token: string | undefined, conversationId: string, activity: unknown): Promise<JsonResponse> {
    return this.request('POST', `/conversations/${encodeURIComponent(conversationId)}/activities`, token, activity);
  }

  read(token: string | undefined, conversationId: string, watermark?: string): Promise<JsonResponse> {
    const query = watermark === undefined ? '' : `?watermark=${encodeURIComponent(watermark)}`;
    return this.request('GET', `/conversations/${encodeURIComponent(conversationId)}/activities${query}`, token);
  }

  resume(token: string | undefined, conversationId: string): Promise<JsonResponse> {
    return this.request('GET', `/conversations/${encodeURIComponent(conversationId)}`, token);
  }

  refresh(token: string | undefined): Promise<JsonResponse> {
    return this.request('POST', '/tokens/refresh', token);
  }

  /** Every activity of a conversation so far. */
  async activities(token: string, conversationId: string): Promise<LoggedActivity[]> {
    const response = await this.read(token, conversationId);
    if (response.status !== 200) throw new Error(`reading activities answered HTTP ${response.status}: ${response.text}`);
    return (response.body as { activities: LoggedActivity[] }).activities;
  }

  private async request(method: 'GET' | 'POST', path: string, token: string | undefined, body?: unknown): Promise<JsonResponse> {
    const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = typeof body === 'string' ? 'text/plain' : 'application/json';
    const response = await fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return readJsonResponse(response);
  }
}

/** A message as Web Chat posts it, including the fields the server must ignore. */
export function webChatMessage(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    text,
    channelId: 'webchat',
    from: { id: 'dl_made-up-by-the-page', name: '', role: 'user' },
    locale: 'en-GB',
    localTimestamp: '2026-11-21T10:00:00.000+01:00',
    localTimezone: 'Europe/Paris',
    textFormat: 'plain',
    attachments: [],
    channelData: { clientActivityID: `client-${Math.random().toString(36).slice(2)}` },
    entities: [{ type: 'ClientCapabilities', requiresBotState: true, supportsListening: true, supportsTts: true }],
    ...overrides,
  };
}
