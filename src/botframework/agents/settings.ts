import { AuthType, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { AppConfig } from '../../config';

/**
 * Our variables (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType) as the Agents SDK's
 * connection settings, with the SDK's defaults filled in (the connection its JWT check looks the token's audience
 * up in). Each setting we have is given, so the SDK's own variables of the same meaning (clientId, tenantId…), which
 * it also reads from the environment, cannot stand in for ours. Issuers are always checked; `keyServer` replaces
 * Entra's authority, whose /<tenant>/discovery/v2.0/keys publishes the keys of tokens it issues (tests point it at
 * a stub).
 */
export function agentsAuthConfiguration(config: AppConfig, keyServer: string | undefined): AuthConfiguration {
  return getAuthConfigWithDefaults({
    clientId: config.MicrosoftAppId,
    clientSecret: config.MicrosoftAppPassword,
    tenantId: config.MicrosoftAppTenantId,
    authType: config.MicrosoftAppType === 'UserAssignedMSI' ? AuthType.UserManagedIdentity : AuthType.ClientSecret,
    validateIssuer: true,
    authorityEndpoint: keyServer,
  });
}
