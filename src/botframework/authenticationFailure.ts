/**
 * A request to /api/messages that could not be authenticated, as the route answers it: never with the SDK's
 * message, which may quote keys. The SDK's error is the `cause`, whose class (never its message) is logged.
 */
export class AuthenticationFailure extends Error {
  constructor(
    readonly status: 401 | 503,
    cause: unknown,
  ) {
    super(status === 401 ? UNAUTHORIZED : KEYS_UNREACHABLE, { cause });
    this.name = 'AuthenticationFailure';
  }
}

/** The token is the caller's problem: absent, malformed, forged, expired, or for another bot. */
const UNAUTHORIZED = 'unauthorized: expected a Bot Framework token issued for this bot in the Authorization header';

/** The token could not be checked at all (the signing keys could not be fetched): retrying later may work. */
const KEYS_UNREACHABLE = 'the token could not be checked now (the Bot Framework signing keys are unreachable): expected a retry later';
