import 'server-only';
import { takeRateLimit } from '@/lib/rate-limit/take';

const WINDOW_MS = 15 * 60 * 1000;

/** Per address: enough to retry a lost mail, too few to flood someone's inbox. */
export const PER_ADDRESS_LIMIT = 5;
/** Per client: one household or office may share an address, so a little more room. */
export const PER_CLIENT_LIMIT = 30;

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-in mail against both the address and the client; refuses when either is used up. */
export async function takeSignInMail({ email, client }: { email: string; client: string }): Promise<SignInLimit> {
  const [byAddress, byClient] = await Promise.all([
    takeRateLimit({ key: `sign-in-mail:address:${email}`, limit: PER_ADDRESS_LIMIT, windowMs: WINDOW_MS }),
    takeRateLimit({ key: `sign-in-mail:client:${client}`, limit: PER_CLIENT_LIMIT, windowMs: WINDOW_MS }),
  ]);
  if (byAddress.allowed && byClient.allowed) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(
      byAddress.allowed ? 0 : byAddress.retryAfterSeconds,
      byClient.allowed ? 0 : byClient.retryAfterSeconds,
    ),
  };
}
