import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  StatusCodes,
} from 'botbuilder';
import {
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
} from 'botframework-connector';
import type { AppConfig } from '../config';
import { DeadlineConnectorFactory } from './replyDeadline';

/** Our configuration under the names the SDK reads; an absent app id disables authentication. */
export function toSdkAuthOptions(config: AppConfig): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
}

// Names of the errors `jsonwebtoken` throws for a token that is malformed, badly signed or not yet valid.
const REJECTED_TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * CloudAdapter answers 401 only for an AuthenticationError. A well-formed token with a bad signature
 * reaches `jsonwebtoken.verify`, whose error the SDK rethrows as is, and the caller would get a 500.
 * Those are the caller's fault, so they become 401. Failures to fetch signing keys stay server errors.
 */
export function asAuthenticationError(error: unknown): unknown {
  if (error instanceof Error && REJECTED_TOKEN_ERRORS.has(error.name)) {
    return new AuthenticationError(`Unauthorized. ${error.name}: ${error.message}`, StatusCodes.UNAUTHORIZED);
  }
  return error;
}

/** How a request that could not be authenticated is answered: never with the SDK's message, which may quote keys. */
export interface AuthenticationFailure {
  status: 401 | 503;
  reason: string;
}

/**
 * 401 when the token is the caller's problem (absent, malformed, forged, expired, for another bot); 503 when
 * it could not be checked at all (the Bot Framework's OpenID metadata or signing keys could not be fetched,
 * which the SDK reports as an AuthenticationError with a 5xx status, or as a network error): retrying later may work.
 */
export function authenticationFailure(error: unknown): AuthenticationFailure {
  if (error instanceof AuthenticationError && (error.statusCode ?? StatusCodes.UNAUTHORIZED) < 500) {
    return { status: 401, reason: 'unauthorized: expected a Bot Framework token issued for this bot in the Authorization header' };
  }
  return { status: 503, reason: 'the token could not be checked now (the Bot Framework signing keys are unreachable): expected a retry later' };
}

class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly replyTimeoutMs: number,
  ) {
    super(options);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    let result: AuthenticateRequestResult;
    try {
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
    return result.connectorFactory ? { ...result, connectorFactory: this.withDeadline(result.connectorFactory) } : result;
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try {
      return await super.authenticateChannelRequest(authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.withDeadline(super.createConnectorFactory(claimsIdentity));
  }

  private withDeadline(factory: ConnectorFactory): ConnectorFactory {
    return new DeadlineConnectorFactory(factory, this.replyTimeoutMs);
  }
}

/**
 * Bot Framework authentication for our configuration; every reply it sends to a channel gives up after
 * REPLY_TIMEOUT_SECONDS. `sdkOverrides` reach SDK settings our configuration does not expose (tests point
 * ToBotFromChannelOpenIdMetadataUrl at a local key server).
 */
export function createAuthentication(
  config: AppConfig,
  sdkOverrides: ConfigurationBotFrameworkAuthenticationOptions = {},
): ConfigurationBotFrameworkAuthentication {
  return new StrictAuthentication({ ...toSdkAuthOptions(config), ...sdkOverrides }, config.REPLY_TIMEOUT_SECONDS * 1000);
}
