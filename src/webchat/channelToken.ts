import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { Locale } from '../domain/wording';

/**
 * Tokens of the intranet channel: HS256 JSON Web Tokens signed with a key made at startup, so a restart
 * (which also forgets every conversation) invalidates them, or derived from WEBCHAT_TOKEN_SECRET when set. JWT rather than an opaque string because
 * Web Chat reads the user id from a token's `user` claim, as it does for Azure Direct Line tokens.
 */

/** Azure Direct Line's lifetime too; directlinejs refreshes at half of it. */
export const TOKEN_LIFETIME_MS = 30 * 60 * 1000;

const ISSUER = 'trial-screening-assistant/webchat';

export const TokenClaims = z.object({
  iss: z.literal(ISSUER),
  conv: z.string().min(1),
  // "dl_" marks a user id the server vouches for; Web Chat refuses it from anywhere but a token.
  user: z.string().regex(/^dl_/),
  iat: z.number().int(),
  exp: z.number().int(),
  /** The page's language: the greeting, sent before the user's first message carries it, is said in it. */
  lang: Locale.optional(),
});
export type TokenClaims = z.infer<typeof TokenClaims>;

export interface ChannelGrant {
  conversationId: string;
  userId: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  locale?: Locale;
}

export interface IssuedToken extends ChannelGrant {
  token: string;
}

export type TokenCheck =
  | { ok: true; grant: ChannelGrant }
  | { ok: false; problem: 'malformed' | 'bad-signature' | 'expired' };

const HEADER = encode({ alg: 'HS256', typ: 'JWT' });

export class ChannelTokens {
  private readonly key: Buffer;

  /**
   * `secret` (WEBCHAT_TOKEN_SECRET): every instance sharing it signs and checks the same tokens. Without it the
   * key is made at startup, so a restart invalidates every token, as it forgets every conversation.
   */
  constructor(
    private readonly now: () => number = Date.now,
    secret?: string,
  ) {
    // Derived rather than used as is, so the configured secret is never itself an HMAC key of ours.
    this.key = secret === undefined ? randomBytes(32) : createHmac('sha256', secret).update(ISSUER).digest();
  }

  /** A token for a conversation nobody has used yet, for a user nobody has been yet. */
  issueForNewConversation(locale?: Locale): IssuedToken {
    return this.issue(randomUUID(), `dl_${randomUUID()}`, locale);
  }

  /** The same conversation and user with a fresh lifetime. */
  issue(conversationId: string, userId: string, locale?: Locale): IssuedToken {
    const issuedAt = this.now();
    const expiresAt = issuedAt + TOKEN_LIFETIME_MS;
    const claims: TokenClaims = {
      iss: ISSUER,
      conv: conversationId,
      user: userId,
      // JWT times are seconds; expiry is rounded down so a token never outlives what expires_in said.
      iat: Math.floor(issuedAt / 1000),
      exp: Math.floor(expiresAt / 1000),
      ...(locale ? { lang: locale } : {}),
    };
    const unsigned = `${HEADER}.${encode(claims)}`;
    return { token: `${unsigned}.${this.sign(unsigned)}`, conversationId, userId, expiresAt: claims.exp * 1000, ...(locale ? { locale } : {}) };
  }

  check(token: string): TokenCheck {
    const [header, payload, signature, ...rest] = token.split('.');
    if (header !== HEADER || payload === undefined || signature === undefined || rest.length > 0) return { ok: false, problem: 'malformed' };
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, problem: 'bad-signature' };
    const claims = TokenClaims.safeParse(decode(payload));
    // Signed by us yet not our claims: only a change of this file's format can do that.
    if (!claims.success) return { ok: false, problem: 'malformed' };
    const expiresAt = claims.data.exp * 1000;
    if (this.now() >= expiresAt) return { ok: false, problem: 'expired' };
    const { conv, user, lang } = claims.data;
    return { ok: true, grant: { conversationId: conv, userId: user, expiresAt, ...(lang ? { locale: lang } : {}) } };
  }

  private sign(unsigned: string): string {
    return createHmac('sha256', this.key).update(unsigned).digest('base64url');
  }
}

function encode(part: object): string {
  return Buffer.from(JSON.stringify(part)).toString('base64url');
}

function decode(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
