import 'server-only';

/**
 * Who is asking, for abuse limits. Behind a load balancer the first
 * X-Forwarded-For entry is the client; without one every request is local.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'local';
}
