import 'server-only';
import { AppError } from '@/lib/errors';
import { takeRateLimit } from './take';

const MINUTE_MS = 60 * 1000;

/**
 * What one person or one client may do, and how often. Generous for people
 * (ticking off a checklist is a few writes a minute), tight for what costs us
 * or others (mail, exports).
 */
export const RATE_LIMITS = {
  /** Progress, bookmarks, countdowns and reminders saved by one signed-in person. */
  writesPerPerson: { limit: 120, windowMs: MINUTE_MS, what: 'changes' },
  /** Full data exports by one person. */
  exportsPerPerson: { limit: 10, windowMs: 60 * MINUTE_MS, what: 'exports' },
  /** Calendar files and stop links, which need no account, per client address. */
  anonymousPerClient: { limit: 60, windowMs: MINUTE_MS, what: 'requests' },
  /** "Report a problem with this step" per client address: a reader has one or two to send, not a stream. */
  reportsPerClient: { limit: 5, windowMs: 10 * MINUTE_MS, what: 'problem reports' },
  /** Problem reports from everyone together: what a flood from many addresses can put in the table and the mailbox. */
  reportsOverall: { limit: 60, windowMs: 60 * MINUTE_MS, what: 'problem reports on the whole site' },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Counts one use of `name` by `subject`; over the limit, a 429 with Retry-After and a message to act on. */
export async function enforceRateLimit(name: RateLimitName, subject: string): Promise<void> {
  const { limit, windowMs, what } = RATE_LIMITS[name];
  const result = await takeRateLimit({ name, subject, limit, windowMs });
  if (result.allowed) return;
  throw new AppError('rate_limited', `Too many ${what} in a short time. Please wait ${waitText(result.retryAfterSeconds)} and try again.`, {
    retryAfterSeconds: result.retryAfterSeconds,
  });
}

function waitText(seconds: number): string {
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minutes`;
}
