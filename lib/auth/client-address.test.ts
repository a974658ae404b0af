import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientAddressFrom, UNKNOWN_CLIENT } from './client-address';

const PEER = '198.51.100.7';

describe('clientAddressFrom', () => {
  it('with no proxy in front, is the TCP peer whatever X-Forwarded-For says', () => {
    expect(clientAddressFrom({ peer: PEER, forwardedFor: null, trustedHops: 0 })).toBe(PEER);
    expect(clientAddressFrom({ peer: PEER, forwardedFor: '203.0.113.9', trustedHops: 0 })).toBe(PEER);
    expect(clientAddressFrom({ peer: PEER, forwardedFor: '1.1.1.1, 2.2.2.2', trustedHops: 0 })).toBe(PEER);
  });

  it('no forged X-Forwarded-For moves a direct client to another bucket', () => {
    fc.assert(
      fc.property(fc.string(), (forged) => {
        expect(clientAddressFrom({ peer: PEER, forwardedFor: forged, trustedHops: 0 })).toBe(PEER);
      }),
    );
  });

  it('behind one proxy, is the last entry: the one that proxy appended', () => {
    // The client claimed 6.6.6.6; the proxy (the peer, 10.0.0.2) appended the real 203.0.113.9.
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9', trustedHops: 1 })).toBe('203.0.113.9');
    // Two different people behind the same proxy are two buckets, not one.
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: '192.0.2.1', trustedHops: 1 })).toBe('192.0.2.1');
  });

  it('behind a CDN and a proxy, is the second entry from the right', () => {
    expect(
      clientAddressFrom({ peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.9, 192.0.2.50', trustedHops: 2 }),
    ).toBe('203.0.113.9');
  });

  it('with fewer entries than proxies, takes the leftmost it has', () => {
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: null, trustedHops: 2 })).toBe('10.0.0.2');
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: '203.0.113.9', trustedHops: 2 })).toBe('203.0.113.9');
  });

  it('counts IPv4-mapped IPv6 as IPv4, and IPv6 by its /64', () => {
    expect(clientAddressFrom({ peer: '::ffff:127.0.0.1', forwardedFor: null, trustedHops: 0 })).toBe('127.0.0.1');
    const a = clientAddressFrom({ peer: '2001:db8:1:2:aaaa::1', forwardedFor: null, trustedHops: 0 });
    const b = clientAddressFrom({ peer: '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', forwardedFor: null, trustedHops: 0 });
    expect(a).toBe('2001:db8:1:2::/64');
    expect(b).toBe(a);
    expect(clientAddressFrom({ peer: '2001:db8:1:3::1', forwardedFor: null, trustedHops: 0 })).not.toBe(a);
    expect(clientAddressFrom({ peer: '::1', forwardedFor: null, trustedHops: 0 })).toBe('0:0:0:0::/64');
  });

  it('reads addresses the way proxies write them: brackets, ports, spaces', () => {
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: ' 203.0.113.9:51234 ', trustedHops: 1 })).toBe('203.0.113.9');
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: '[2001:db8::1]:443', trustedHops: 1 })).toBe('2001:db8:0:0::/64');
  });

  it('falls back to the peer when a trusted hop wrote garbage, and to one bucket when nothing is known', () => {
    expect(clientAddressFrom({ peer: '10.0.0.2', forwardedFor: 'unknown', trustedHops: 1 })).toBe('10.0.0.2');
    expect(clientAddressFrom({ peer: null, forwardedFor: null, trustedHops: 0 })).toBe(UNKNOWN_CLIENT);
  });
});
