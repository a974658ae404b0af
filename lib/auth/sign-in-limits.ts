import 'server-only';
import { takeRateLimit } from '@/lib/rate-limit/take';
import { mailboxKey } from './mailbox-key';

const WINDOW_MS = 15 * 60 * 1000;

/** Per address: enough to retry a lost mail, too few to flood someone's inbox. */
export const PER_ADDRESS_LIMIT = 5;
/** Per client: one household or office may share an address, so a little more room. */
export const PER_CLIENT_LIMIT = 30;

export type SignInLimit = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Counts one sign-in mail against both the address and the client; refuses when either is used up. */
export async function takeSignInMail({ email, client }: { email: string; client: string }): Promise<SignInLimit> {
  const [byAddress, byClient] = await Promise.all([
    // Counted per inbox, so `+tag` and dotted variants of one address share its limit.
    takeRateLimit({ name: 'sign-in-mail:address', subject: mailboxKey(email), limit: PER_ADDRESS_LIMIT, windowMs: WINDOW_MS }),
    takeRateLimit({ name: 'sign-in-mail:client', subject: client, limit: PER_CLIENT_LIMIT, windowMs: WINDOW_MS }),
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
