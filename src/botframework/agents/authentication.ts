import { authorizeJWT, type AuthConfiguration, type Request } from '@microsoft/agents-hosting';
import type { ActivityJson } from '../activity';
import { AuthenticationFailure } from '../authenticationFailure';
import { CapturedResponse } from './capturedResponse';

/** Who the Agents SDK found the caller to be (its request.user), or undefined for anyone (no MicrosoftAppId). */
export type Caller = Request['user'];

/**
 * The Agents SDK's JWT check (authorizeJWT) as a port. Without MicrosoftAppId a request without a token is
 * anyone's, as with botbuilder and whatever NODE_ENV says (the SDK itself refuses it in production; the bot then
 * listens on 127.0.0.1 only). A token sent is always checked.
 */
export function agentsAuthentication(authConfig: AuthConfiguration): (activity: ActivityJson, authorization: string) => Promise<Caller> {
  const authorize = authorizeJWT(authConfig);
  return async (activity, authorization) => {
    if (authConfig.clientId === undefined && authorization.trim() === '') return undefined;
    const req: Request = { method: 'POST', headers: { authorization }, body: activity };
    const res = new CapturedResponse();
    let authorized = false;
    await authorize(req, res, () => {
      authorized = true;
    });
    if (authorized) return req.user;
    const reason = (res.result.body as { 'jwt-auth-error'?: unknown } | undefined)?.['jwt-auth-error'];
    throw new AuthenticationFailure(keysUnreachable(reason) ? 503 : 401, new Error(String(reason)));
  };
}

/**
 * authorizeJWT answers 401 whatever went wrong, the message being the only trace of what: `jsonwebtoken` reports a
 * failure to get the signing key (jwks-rsa could not fetch the keys: a network error or a non-200 answer) as "error
 * in secret or public key callback: …". A key id the published keys lack is the token's fault, not the keys'.
 */
function keysUnreachable(reason: unknown): boolean {
  return typeof reason === 'string' && reason.startsWith('error in secret or public key callback:') && !reason.includes('Unable to find a signing key');
}
