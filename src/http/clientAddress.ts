import { BlockList, isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import type * as restify from 'restify';

/** A set of addresses and CIDR ranges (settings such as METRICS_ALLOW); IPv4-mapped IPv6 peers match their IPv4 entries. */
export class AddressSet {
  private readonly list = new BlockList();

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address = '', prefix] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (prefix === undefined) this.list.addAddress(address, family);
      else this.list.addSubnet(address, Number(prefix), family);
    }
  }

  has(address: string | undefined): boolean {
    const family = isIP(address ?? '');
    return family !== 0 && this.list.check(address ?? '', family === 6 ? 'ipv6' : 'ipv4');
  }
}

/** The TCP peer: the client itself, or the reverse proxy in front of it. */
export function peerAddress(req: restify.Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * Who the request comes from, for per-client limits: the TCP peer, or — when the peer is one of the trusted
 * reverse proxies — the nearest address in X-Forwarded-For that is not itself a trusted proxy. A client can
 * write anything into X-Forwarded-For, so only what trusted proxies appended is believed. Used as a key only,
 * never logged.
 */
export function clientAddress(req: restify.Request, trustedProxies: AddressSet): string {
  const peer = peerAddress(req);
  if (!trustedProxies.has(peer)) return peer;
  const forwarded = (req.header('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  for (let i = forwarded.length - 1; i >= 0; i--) {
    const address = forwarded[i] ?? '';
    if (isIP(address) === 0) break;
    if (!trustedProxies.has(address)) return address;
  }
  return peer;
}

/**
 * The key a client's per-client limits count under: its address, or for IPv6 its /64, the network one subscriber
 * is given, inside which a client may take any address it likes (a key per address would let it rotate past every
 * limit). An IPv4 peer seen as IPv4-mapped IPv6 counts as its IPv4 address.
 */
export function limitKey(address: string): string {
  if (!ipaddr.IPv6.isValid(address)) return address;
  const parsed = ipaddr.IPv6.parse(address);
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  return `${parsed.parts.slice(0, 4).map((part) => part.toString(16)).join(':')}::/64`;
}
