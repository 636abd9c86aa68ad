import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  StatusCodes,
} from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity } from 'botframework-connector';
import type { AppConfig } from '../config';

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

class StrictAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }

  override async authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    try {
      return await super.authenticateChannelRequest(authHeader);
    } catch (error) {
      throw asAuthenticationError(error);
    }
  }
}

/**
 * `sdkOverrides` reach SDK settings our configuration does not expose (tests point
 * ToBotFromChannelOpenIdMetadataUrl at a local key server).
 */
export function createAuthentication(
  config: AppConfig,
  sdkOverrides: ConfigurationBotFrameworkAuthenticationOptions = {},
): ConfigurationBotFrameworkAuthentication {
  return new StrictAuthentication({ ...toSdkAuthOptions(config), ...sdkOverrides });
}
