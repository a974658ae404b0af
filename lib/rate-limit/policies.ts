import 'server-only';
import { AppError } from '@/lib/errors';
import type { ProblemCode } from '@/lib/i18n/problem-codes';
import { takeRateLimit } from './take';

const MINUTE_MS = 60 * 1000;

/**
 * What one person or one client may do, and how often. Generous for people
 * (ticking off a checklist is a few writes a minute), tight for what costs us
 * or others (mail, exports).
 */
export const RATE_LIMITS = {
  /** Progress, bookmarks, countdowns and reminders saved by one signed-in person. */
  writesPerPerson: { limit: 120, windowMs: MINUTE_MS, problem: 'too_many_changes' },
  /** Full data exports by one person. */
  exportsPerPerson: { limit: 10, windowMs: 60 * MINUTE_MS, problem: 'too_many_exports' },
  /** Calendar files and stop links, which need no account, per client address. */
  anonymousPerClient: { limit: 60, windowMs: MINUTE_MS, problem: 'too_many_requests' },
  /** "Report a problem with this step" per client address: a reader has one or two to send, not a stream. */
  reportsPerClient: { limit: 5, windowMs: 10 * MINUTE_MS, problem: 'too_many_reports' },
  /** Problem reports from everyone together: what a flood from many addresses can put in the table and the mailbox. */
  reportsOverall: { limit: 60, windowMs: 60 * MINUTE_MS, problem: 'too_many_reports_site' },
} as const satisfies Record<string, { limit: number; windowMs: number; problem: ProblemCode }>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Counts one use of `name` by `subject`; over the limit, a 429 with Retry-After and a message to act on. */
export async function enforceRateLimit(name: RateLimitName, subject: string): Promise<void> {
  const { limit, windowMs, problem } = RATE_LIMITS[name];
  const result = await takeRateLimit({ name, subject, limit, windowMs });
  if (result.allowed) return;
  throw new AppError('rate_limited', { code: problem, params: waitParams(result.retryAfterSeconds) }, {
    retryAfterSeconds: result.retryAfterSeconds,
  });
}

/** Seconds under 90, else whole minutes rounded up: the message says one or the other (`minutes` 0 means seconds). */
export function waitParams(seconds: number): { seconds: number; minutes: number } {
  return { seconds, minutes: seconds < 90 ? 0 : Math.ceil(seconds / 60) };
}
