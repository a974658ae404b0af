import 'server-only';
import { isIP } from 'node:net';
import { env } from '@/lib/env';

/** Written by server.mjs on every request: the TCP peer, replacing whatever the client sent. */
export const PEER_HEADER = 'x-unlisted-peer';

/** Without server.mjs in front (`next dev`), no address can be trusted: everyone shares one bucket. */
export const UNKNOWN_CLIENT = 'unknown';

/**
 * Who is asking, for abuse limits. The chain is X-Forwarded-For followed by
 * the TCP peer; with `trustedHops` proxies in front, each appending the
 * address it saw, the client is the entry `trustedHops` from the right.
 * Everything further left is what the client claimed, and is ignored.
 */
export function clientAddressFrom({
  peer,
  forwardedFor,
  trustedHops,
}: {
  peer: string | null;
  forwardedFor: string | null;
  trustedHops: number;
}): string {
  const chain = [...(trustedHops > 0 ? (forwardedFor?.split(',') ?? []) : []), peer ?? ''].map((hop) => hop.trim());
  // Fewer entries than proxies: the request did not come through all of them; the leftmost is the best we have.
  const chosen = chain[Math.max(0, chain.length - 1 - trustedHops)] ?? '';
  // A trusted hop wrote something that is not an address: a misconfigured proxy; count it as the peer.
  return bucketFor(chosen) ?? bucketFor(peer ?? '') ?? UNKNOWN_CLIENT;
}

/**
 * The bucket an address counts in. IPv6 hosts usually hold a whole /64, so an
 * IPv6 address counts by its first 64 bits; an IPv4-mapped one counts as IPv4.
 */
function bucketFor(address: string): string | null {
  const bare = address.replace(/^\[(.*)\](:\d+)?$/, '$1').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  const version = isIP(bare);
  if (version === 4) return bare;
  if (version === 6) return `${expandIpv6(bare).slice(0, 4).join(':')}::/64`;
  // "203.0.113.9:51234", as some proxies write it.
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(bare);
  return withPort && isIP(withPort[1]!) === 4 ? withPort[1]! : null;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // An embedded IPv4 tail ("::ffff:1.2.3.4" aside, handled above) takes two groups.
  const last = right.at(-1) ?? left.at(-1);
  const ipv4Groups = last && last.includes('.') ? 1 : 0;
  const missing = 8 - left.length - right.length - ipv4Groups;
  const groups = tail === undefined ? left : [...left, ...Array<string>(Math.max(0, missing)).fill('0'), ...right];
  return groups.map((group) => (group.includes('.') ? group : group.replace(/^0+(?=.)/, '')));
}

/** The client address of a request, as the deployment's proxy setting says to read it. */
export function clientAddress(headers: Headers): string {
  const { UNLISTED_SERVER_ENTRY, TRUSTED_PROXY_HOPS } = env();
  if (!UNLISTED_SERVER_ENTRY) return UNKNOWN_CLIENT;
  return clientAddressFrom({
    peer: headers.get(PEER_HEADER),
    forwardedFor: headers.get('x-forwarded-for'),
    trustedHops: TRUSTED_PROXY_HOPS,
  });
}
