import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

/**
 * The stop link in reminder emails carries the countdown id and an HMAC of it,
 * so it works in one click without signing in, and cannot be made up for
 * someone else's countdown.
 */
function signature(countdownId: string): string {
  return createHmac('sha256', authSecret()).update(`stop-reminders:${countdownId}`).digest('base64url');
}

export function createStopToken(countdownId: string): string {
  return `${countdownId}.${signature(countdownId)}`;
}

/** The countdown id when the token is genuine, else null. */
export function readStopToken(token: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const countdownId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(signature(countdownId));
  return given.length === expected.length && timingSafeEqual(given, expected) ? countdownId : null;
}
