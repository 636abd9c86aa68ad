import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { ChannelError } from './channelError';

/** Azure's answer to tokens/generate, as far as we use it. */
const GeneratedToken = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export interface AzureGrant {
  conversationId: string;
  token: string;
  userId: string;
  expiresIn: number;
}

/** How long the token exchange with Azure may take before the page is told the assistant is unavailable. */
const AZURE_TIMEOUT_MS = 10_000;

/**
 * Trades the Direct Line secret for a token bound to one new conversation and one user id, which is all
 * the browser gets. The secret goes only to the configured endpoint, and no message quotes the answer.
 */
export async function generateAzureToken(endpoint: string, secret: string): Promise<AzureGrant> {
  // "dl_" user ids are the ones Direct Line's enhanced authentication binds into the token.
  const userId = `dl_${randomUUID()}`;
  let response: Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(AZURE_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? 'did not answer in time' : 'could not be reached';
    throw new ChannelError(502, `the Direct Line token service ${reason}: expected it to answer at the configured DIRECT_LINE_ENDPOINT`);
  }
  if (!response.ok) {
    throw new ChannelError(502, `the Direct Line token service answered HTTP ${response.status}: expected 200 (check DIRECT_LINE_SECRET)`);
  }
  const parsed = GeneratedToken.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ChannelError(502, 'the Direct Line token service answered without a conversationId, token and expires_in');
  return { conversationId: parsed.data.conversationId, token: parsed.data.token, userId, expiresIn: parsed.data.expires_in };
}
