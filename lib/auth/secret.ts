import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { env } from '@/lib/env';

export const MISSING_SECRET_MESSAGE =
  'AUTH_SECRET is not set. In production Unlisted refuses to start without it, because sessions signed with a ' +
  'throwaway secret would be forgeable or lost. Set AUTH_SECRET to at least 32 random characters ' +
  '(for example: openssl rand -base64 32).';

let cached: string | undefined;

/**
 * The secret that signs sessions and links. Production must configure it;
 * local development generates one once and keeps it in DATA_DIR so sessions
 * survive restarts.
 */
export function authSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, NODE_ENV, DATA_DIR } = env();
  if (AUTH_SECRET) return (cached = AUTH_SECRET);
  if (NODE_ENV === 'production') throw new Error(MISSING_SECRET_MESSAGE);

  const file = join(DATA_DIR, 'auth-secret');
  try {
    cached = readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(DATA_DIR, { recursive: true });
    cached = randomBytes(32).toString('base64url');
    writeFileSync(file, `${cached}\n`, { mode: 0o600, flag: 'wx' });
  }
  return cached;
}
