import 'server-only';

/**
 * Who is asking, for abuse limits. Next fills X-Forwarded-For with the
 * connection's address when it is missing; a load balancer appends the
 * address it saw. So the last entry is the one the nearest trusted hop wrote,
 * while earlier entries are whatever the client claimed (reading the first
 * one would let anyone pick their own limit).
 */
export function clientAddress(headers: Headers): string {
  const hops = headers.get('x-forwarded-for')?.split(',').map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) || headers.get('x-real-ip')?.trim() || 'local';
}
