import 'server-only';
import { hitRateLimit, type RateLimitResult } from '@/lib/db/queries/rate-limits';
import { env } from '@/lib/env';
import { rateLimitKey } from './limit-key';
import { createMemoryCounter } from './memory-counter';

// One per server process; on globalThis so development reloads keep the counts.
const globalForLimits = globalThis as unknown as { unlistedRateLimits?: ReturnType<typeof createMemoryCounter> };

/** The counters of this process, used when the database is the embedded one. */
export function memoryRateLimits(): ReturnType<typeof createMemoryCounter> {
  globalForLimits.unlistedRateLimits ??= createMemoryCounter();
  return globalForLimits.unlistedRateLimits;
}

/**
 * Counts one hit of limit `name` by `subject` (stored only as a keyed hash).
 * On PostgreSQL the counters live in the database, so every instance behind a
 * load balancer counts together; on the embedded database they live in the
 * one process that owns it.
 */
export async function takeRateLimit({
  name,
  subject,
  limit,
  windowMs,
}: {
  name: string;
  subject: string;
  limit: number;
  windowMs: number;
}): Promise<RateLimitResult> {
  const key = rateLimitKey({ name, subject });
  if (env().DATABASE_URL) return hitRateLimit({ key, limit, windowMs });
  return memoryRateLimits().hit({ key, limit, windowMs });
}
