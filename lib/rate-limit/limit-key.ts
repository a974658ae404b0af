import 'server-only';
import { createHmac, hkdfSync } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

let derived: { secret: string; key: Buffer } | undefined;

// A key of its own, so a hash stored here can never double as a signature made elsewhere with the app secret.
function hashingKey(secret: string): Buffer {
  if (derived?.secret !== secret) {
    derived = { secret, key: Buffer.from(hkdfSync('sha256', secret, '', 'unlisted:rate-limit-keys', 32)) };
  }
  return derived.key;
}

/**
 * The key a limit is counted under: the limit's name, readable, then an HMAC
 * of who it counts (an address, a client, a person). Counters are stored in
 * the database or in memory, and must not become a list of who asked for
 * what; the same subject always gives the same key, so counting still works.
 */
export function rateLimitKey({ name, subject, secret = authSecret() }: { name: string; subject: string; secret?: string }): string {
  // The name is hashed too, so one subject's rows under different limits cannot be linked.
  const digest = createHmac('sha256', hashingKey(secret)).update(`${name}\0${subject}`).digest('base64url');
  return `${name}:${digest}`;
}
