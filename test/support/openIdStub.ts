import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotSdk } from './sdks';

export interface OpenIdStub {
  /** The key server to give the adapter (AdapterOptions.keyServer). */
  url: string;
  keyId: string;
  /** The key whose public half the stub publishes: tokens signed with it verify. */
  signingKey: KeyObject;
  /** How many times the SDK fetched the published keys. */
  keyFetches(): number;
  close(): Promise<void>;
}

/**
 * Plays the key servers: for botbuilder, login.botframework.com's OpenID configuration and its JWKS; for the Agents
 * SDK, Entra's keys of the botframework.com tenant (any path ending in /keys), with one RSA key.
 */
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
    } else if (req.url?.endsWith('/keys')) {
      keyFetches += 1;
      res.end(JSON.stringify({ keys: [{ ...jwk, kid: keyId, use: 'sig', endorsements }] }));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
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
 * The issuer whose keys each SDK fetches from the key server: botbuilder reads the Bot Framework's issuer and the
 * keys its OpenID configuration names; the Agents SDK fetches the Bot Framework's keys from a fixed Microsoft URL,
 * so its tests use an Entra issuer of the authority it is given (the multi-tenant default tenant, botframework.com).
 */
function issuerFor(sdk: BotSdk, keys: OpenIdStub): string {
  return sdk === 'botbuilder' ? 'https://api.botframework.com' : `${keys.url}/botframework.com/v2.0`;
}

/** A token as the channel service issues it for the bot `appId`, valid for ten minutes. */
export function channelToken(sdk: BotSdk, keys: OpenIdStub, appId: string, overrides: Record<string, unknown> = {}, signingKey = keys.signingKey): string {
  const now = Math.floor(Date.now() / 1000);
  return signJwt({ iss: issuerFor(sdk, keys), aud: appId, iat: now, nbf: now, exp: now + 600, ...overrides }, signingKey, keys.keyId);
}
