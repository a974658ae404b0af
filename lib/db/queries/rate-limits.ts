import 'server-only';
import { lt, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { rateLimits } from '../schema';

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Counts one hit against `key` in a fixed window and says whether it is
 * allowed. One atomic upsert, so instances sharing PostgreSQL count together.
 */
export async function hitRateLimit({
  key,
  limit,
  windowMs,
  now = new Date(),
}: {
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
}): Promise<RateLimitResult> {
  if (!(limit >= 1 && windowMs > 0)) throw new RangeError(`hitRateLimit needs limit >= 1 and windowMs > 0 (got ${limit}, ${windowMs})`);
  const db = await getDb();
  const windowOpenedAfter = new Date(now.getTime() - windowMs).toISOString();
  const expired = sql`${rateLimits.windowStartedAt} <= ${windowOpenedAfter}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStartedAt: now, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStartedAt: sql`CASE WHEN ${expired} THEN excluded.window_started_at ELSE ${rateLimits.windowStartedAt} END`,
        hits: sql`CASE WHEN ${expired} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
      },
    })
    .returning({ windowStartedAt: rateLimits.windowStartedAt, hits: rateLimits.hits });
  const hits = row?.hits ?? 1;
  const windowEndsAt = (row?.windowStartedAt ?? now).getTime() + windowMs;
  // Clamped to one window: a window started by an instance whose clock runs ahead must not lock people out longer.
  const secondsLeft = Math.min(Math.ceil(windowMs / 1000), Math.ceil((windowEndsAt - now.getTime()) / 1000));
  return {
    allowed: hits <= limit,
    remaining: Math.max(0, limit - hits),
    retryAfterSeconds: hits <= limit ? 0 : Math.max(1, secondsLeft),
  };
}

/** Drops counters whose window ended before `before`: they can never refuse anyone again. */
export async function deleteExpiredRateLimits({ before }: { before: Date }): Promise<number> {
  const db = await getDb();
  const deleted = await db.delete(rateLimits).where(lt(rateLimits.windowStartedAt, before)).returning({ key: rateLimits.key });
  return deleted.length;
}
