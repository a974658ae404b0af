import 'server-only';
import { hitRateLimit, type RateLimitResult } from '@/lib/db/queries/rate-limits';
import { env } from '@/lib/env';
import { createMemoryCounter } from './memory-counter';

// One per server process; on globalThis so development reloads keep the counts.
const globalForLimits = globalThis as unknown as { unlistedRateLimits?: ReturnType<typeof createMemoryCounter> };

/**
 * Counts one hit against `key`. On PostgreSQL the counters live in the
 * database, so every instance behind a load balancer counts together; on the
 * embedded database they live in the one process that owns it.
 */
export async function takeRateLimit(options: { key: string; limit: number; windowMs: number }): Promise<RateLimitResult> {
  if (env().DATABASE_URL) return hitRateLimit(options);
  globalForLimits.unlistedRateLimits ??= createMemoryCounter();
  return globalForLimits.unlistedRateLimits.hit(options);
}
