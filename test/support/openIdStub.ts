import type { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAuthentication } from '../../src/channels/authentication';
import type { AppConfig } from '../../src/config';

export interface OpenIdStub {
  /** What the SDK setting ToBotFrom…OpenIdMetadataUrl points at. */
  metadataUrl: string;
  keyId: string;
  /** The key whose public half the stub publishes: tokens signed with it verify. */
  signingKey: KeyObject;
  /** How many times the SDK fetched the published keys. */
  keyFetches(): number;
  close(): Promise<void>;
}

/** Plays login.botframework.com: an OpenID configuration and its JWKS, with one RSA key. */
export async function startOpenIdStub(endorsements: string[]): Promise<OpenIdStub> {
  const keyId = 'test-signing-key';
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  let keyFetches = 0;
  let baseUrl = '';
  const server: Server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid-configuration') {
      res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${baseUrl}/keys` }));
    } else if (req.url === '/keys') {
      keyFetches += 1;
      res.end(JSON.stringify({ keys: [{ ...jwk, kid: keyId, use: 'sig', endorsements }] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${baseUrl}/openid-configuration`,
    keyId,
    signingKey: privateKey,
    keyFetches: () => keyFetches,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An RS256 JSON Web Token, built by hand to need no JWT library. */
export function signJwt(payload: Record<string, unknown>, key: KeyObject, keyId: string): string {
  const encode = (part: object): string => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode({ alg: 'RS256', typ: 'JWT', kid: keyId })}.${encode(payload)}`;
  return `${unsigned}.${sign('RSA-SHA256', Buffer.from(unsigned), key).toString('base64url')}`;
}

export function otherRsaKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
}

/**
 * The bot's authentication with its key server replaced by `metadataUrl` (a stub, or an address where nothing
 * answers). The SDK only reads these overrides as a complete set; all but the metadata URLs are the public cloud's.
 */
export function authenticationWithKeysAt(config: AppConfig, metadataUrl: string): ConfigurationBotFrameworkAuthentication {
  return createAuthentication(config, {
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: metadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: metadataUrl,
    ValidateAuthority: true,
  });
}

/** A token as the Bot Framework channel service issues it for the bot `appId`, valid for ten minutes. */
export function channelToken(keys: OpenIdStub, appId: string, overrides: Record<string, unknown> = {}, signingKey = keys.signingKey): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt(
    { iss: AuthenticationConstants.ToBotFromChannelTokenIssuer, aud: appId, iat: now, nbf: now, exp: now + 600, ...overrides },
    signingKey,
    keys.keyId,
  );
}
