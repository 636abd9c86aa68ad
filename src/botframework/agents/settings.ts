import { AuthType, getAuthConfigWithDefaults, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { AppConfig } from '../../config';

/** The one connection the bot has: the Agents SDK picks a connection by serviceUrl, and every one maps to it. */
const CONNECTION = 'bot';

/**
 * Our variables (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType) as the Agents SDK's
 * settings, with its defaults filled in (the connection its JWT check looks a token's audience up in). Given as a
 * connection of their own: without one the SDK takes the connections of its own variables in the environment
 * (Connections__<id>__Settings__…) instead of what it is given, and where names coincide (clientId, tenantId…)
 * ours win. Issuers are always checked; `keyServer` replaces Entra's authority, whose
 * /<tenant>/discovery/v2.0/keys publishes the keys of tokens it issues (tests point it at a stub).
 */
export function agentsAuthConfiguration(config: AppConfig, keyServer: string | undefined): AuthConfiguration {
  const connection: AuthConfiguration = {
    clientId: config.MicrosoftAppId,
    clientSecret: config.MicrosoftAppPassword,
    tenantId: config.MicrosoftAppTenantId,
    authType: config.MicrosoftAppType === 'UserAssignedMSI' ? AuthType.UserManagedIdentity : AuthType.ClientSecret,
    validateIssuer: true,
    authorityEndpoint: keyServer,
  };
  return getAuthConfigWithDefaults({ ...connection, connections: new Map([[CONNECTION, connection]]), connectionsMap: [{ serviceUrl: '*', connection: CONNECTION }] });
}
