import type { RateLimitResult } from '@/lib/db/queries/rate-limits';

type Window = { startedAt: number; hits: number };

/** Beyond this many keys, finished windows are dropped before counting a new one. */
const PRUNE_ABOVE_KEYS = 10_000;

/**
 * Fixed-window counters in this process's memory, with the same answers as
 * the PostgreSQL counter. For the embedded database: one process owns it
 * (PGlite cannot be shared), so one process's memory sees every request.
 */
export function createMemoryCounter() {
  const windows = new Map<string, Window>();

  function prune(now: number) {
    for (const [key, window] of windows) {
      // A window lasts as long as the longest limit using it; an hour covers them all.
      if (now - window.startedAt >= MAX_WINDOW_MS) windows.delete(key);
    }
  }

  return {
    hit({ key, limit, windowMs, now = new Date() }: { key: string; limit: number; windowMs: number; now?: Date }): RateLimitResult {
      if (!(limit >= 1 && windowMs > 0 && windowMs <= MAX_WINDOW_MS)) {
        throw new RangeError(`A rate limit needs limit >= 1 and 0 < windowMs <= ${MAX_WINDOW_MS} (got ${limit}, ${windowMs})`);
      }
      const at = now.getTime();
      if (windows.size > PRUNE_ABOVE_KEYS) prune(at);
      const current = windows.get(key);
      const window = current && at - current.startedAt < windowMs ? current : { startedAt: at, hits: 0 };
      window.hits += 1;
      windows.set(key, window);
      const allowed = window.hits <= limit;
      const secondsLeft = Math.ceil((window.startedAt + windowMs - at) / 1000);
      return {
        allowed,
        remaining: Math.max(0, limit - window.hits),
        retryAfterSeconds: allowed ? 0 : Math.max(1, secondsLeft),
      };
    },
    get size() {
      return windows.size;
    },
  };
}

export const MAX_WINDOW_MS = 60 * 60 * 1000;
