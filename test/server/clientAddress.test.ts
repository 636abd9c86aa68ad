import type * as restify from 'restify';
import { describe, expect, it } from 'vitest';
import { AddressSet, clientAddress, limitKey } from '../../src/http/clientAddress';

function request(peer: string, forwardedFor?: string): restify.Request {
  return { socket: { remoteAddress: peer }, header: (name: string) => (name === 'x-forwarded-for' ? forwardedFor : undefined) } as unknown as restify.Request;
}

describe('AddressSet', () => {
  it('matches addresses and ranges, IPv4 peers seen as IPv4-mapped IPv6 included', () => {
    const set = new AddressSet(['127.0.0.1', '10.0.0.0/8', 'fd00::/8']);
    expect(set.has('127.0.0.1')).toBe(true);
    expect(set.has('::ffff:127.0.0.1')).toBe(true);
    expect(set.has('10.255.255.255')).toBe(true);
    expect(set.has('11.0.0.0')).toBe(false);
    expect(set.has('fd12::1')).toBe(true);
    expect(set.has('127.0.0.2')).toBe(false);
    expect(set.has('not an address')).toBe(false);
    expect(set.has(undefined)).toBe(false);
  });
});

describe('clientAddress, the key of per-client limits', () => {
  const proxies = new AddressSet(['10.0.0.1', '10.0.0.2']);

  it('is the TCP peer when it is not a trusted proxy, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(request('192.168.1.7', '1.2.3.4'), proxies)).toBe('192.168.1.7');
  });

  it('is the nearest address a trusted proxy forwarded for, skipping trusted proxies in the chain', () => {
    expect(clientAddress(request('10.0.0.1', '192.168.1.7'), proxies)).toBe('192.168.1.7');
    // The client wrote 1.2.3.4 itself; the proxies appended what they saw.
    expect(clientAddress(request('10.0.0.1', '1.2.3.4, 192.168.1.7, 10.0.0.2'), proxies)).toBe('192.168.1.7');
  });

  it('falls back to the proxy when the header is missing or names no address', () => {
    expect(clientAddress(request('10.0.0.1'), proxies)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', 'garbage'), proxies)).toBe('10.0.0.1');
    expect(clientAddress(request('10.0.0.1', '10.0.0.2'), proxies)).toBe('10.0.0.1');
  });
});

describe('limitKey', () => {
  it('counts every IPv6 address of one /64 as one client, however it is written', () => {
    expect(limitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(limitKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('keeps an IPv4 address, and reads an IPv4-mapped IPv6 peer as its IPv4 address', () => {
    expect(limitKey('10.0.0.1')).toBe('10.0.0.1');
    expect(limitKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(limitKey('unknown')).toBe('unknown');
  });
});
