import {
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  StatusCodes,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import type { AppConfig } from '../../config';
import { AuthenticationFailure } from '../authenticationFailure';
import { DeadlineConnectorFactory } from './deadlineConnectorFactory';

/** Our configuration under the names the SDK reads; an absent app id disables authentication. */
function sdkOptions(config: AppConfig, keyServer: string | undefined): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    // The SDK only reads these overrides as a complete set; all but the metadata URLs are the public cloud's.
    ...(keyServer === undefined
      ? {}
      : {
          ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
          ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
          ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
          OAuthUrl: AuthenticationConstants.OAuthUrl,
          ToBotFromChannelOpenIdMetadataUrl: `${keyServer}/openid-configuration`,
          ToBotFromEmulatorOpenIdMetadataUrl: `${keyServer}/openid-configuration`,
          ValidateAuthority: true,
        }),
  };
}

// Names of the errors `jsonwebtoken` throws for a token that is malformed, badly signed or not yet valid.
const REJECTED_TOKEN_ERRORS = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * 401 when the token is the caller's problem; 503 when it could not be checked at all (the Bot Framework's
 * OpenID metadata or signing keys could not be fetched, which the SDK reports as an AuthenticationError with a
 * 5xx status, or as a network error). A well-formed token with a bad signature reaches `jsonwebtoken.verify`,
 * whose error the SDK rethrows as is: the caller's fault too.
 */
export function failureOf(error: unknown): AuthenticationFailure {
  const refused =
    (error instanceof AuthenticationError && (error.statusCode ?? StatusCodes.UNAUTHORIZED) < 500) ||
    (error instanceof Error && REJECTED_TOKEN_ERRORS.has(error.name));
  return new AuthenticationFailure(refused ? 401 : 503, error);
}

/** The SDK's authentication whose connectors give up on a reply after REPLY_TIMEOUT_SECONDS. */
export class DeadlineAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly replyTimeoutMs: number;

  /** `keyServer`: where the channel's signing keys are published (tests point it at a local stub). */
  constructor(config: AppConfig, keyServer?: string) {
    super(sdkOptions(config, keyServer));
    this.replyTimeoutMs = config.REPLY_TIMEOUT_SECONDS * 1000;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(activity, authHeader);
    return result.connectorFactory ? { ...result, connectorFactory: this.withDeadline(result.connectorFactory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.withDeadline(super.createConnectorFactory(claimsIdentity));
  }

  private withDeadline(factory: ConnectorFactory): ConnectorFactory {
    return new DeadlineConnectorFactory(factory, this.replyTimeoutMs);
  }
}
