import type { RateLimitResult } from '@/lib/db/queries/rate-limits';
import { createWindowQueue, type CountingWindow, type WindowQueue } from './window-queue';

export const MAX_WINDOW_MS = 60 * 60 * 1000;

/** Roughly 35 MB of counters at most: beyond this, the windows closest to ending make room. */
export const MAX_KEYS = 100_000;

/** More than the one window a hit can add, so a backlog of ended windows shrinks while traffic lasts. */
export const ENDED_DROPPED_PER_HIT = 4;

/**
 * Fixed-window counters in this process's memory, with the same answers as
 * the PostgreSQL counter. For the embedded database: one process owns it
 * (PGlite cannot be shared), so one process's memory sees every request.
 *
 * Every hit costs O(1) amortised: limits share a few window lengths, each
 * with a queue ordered by window start, so ended windows are found at the
 * fronts and dropped a few per hit, never by a scan of every key.
 */
export function createMemoryCounter({ maxKeys = MAX_KEYS }: { maxKeys?: number } = {}) {
  if (!(Number.isInteger(maxKeys) && maxKeys >= 1)) throw new RangeError(`maxKeys must be a whole number >= 1 (got ${maxKeys})`);
  const queues = new Map<number, WindowQueue>();

  function queueFor(lengthMs: number): WindowQueue {
    let queue = queues.get(lengthMs);
    if (!queue) queues.set(lengthMs, (queue = createWindowQueue(lengthMs)));
    return queue;
  }

  function size(): number {
    let total = 0;
    for (const queue of queues.values()) total += queue.size;
    return total;
  }

  function dropEnded(now: number): void {
    for (const [lengthMs, queue] of queues) {
      queue.dropEnded(now, ENDED_DROPPED_PER_HIT);
      if (queue.size === 0) queues.delete(lengthMs);
    }
  }

  // The window closest to ending is the one whose loss lets the fewest extra hits through.
  function evictOne(): boolean {
    let closest: WindowQueue | undefined;
    let closestEndsAt = Infinity;
    for (const queue of queues.values()) {
      const endsAt = queue.frontEndsAt();
      if (endsAt !== undefined && endsAt < closestEndsAt) [closest, closestEndsAt] = [queue, endsAt];
    }
    closest?.dropOldest();
    return closest !== undefined;
  }

  // The database keeps one row per key whatever window length a hit names; so does this.
  function moveFromOtherLength(key: string, into: WindowQueue, now: number): CountingWindow | undefined {
    for (const queue of queues.values()) {
      const window = queue === into ? undefined : queue.get(key);
      if (!window) continue;
      queue.delete(key);
      // Out of start order at the back; that only delays its drop, and the key cap still holds.
      return now - window.startedAt < into.lengthMs ? into.start(key, window.startedAt, window.hits) : undefined;
    }
    return undefined;
  }

  return {
    hit({ key, limit, windowMs, now = new Date() }: { key: string; limit: number; windowMs: number; now?: Date }): RateLimitResult {
      if (!(limit >= 1 && windowMs > 0 && windowMs <= MAX_WINDOW_MS)) {
        throw new RangeError(`A rate limit needs limit >= 1 and 0 < windowMs <= ${MAX_WINDOW_MS} (got ${limit}, ${windowMs})`);
      }
      const at = now.getTime();
      if (!Number.isFinite(at)) throw new RangeError('A rate limit needs a valid time');
      dropEnded(at);
      const queue = queueFor(windowMs);
      let window = queue.get(key) ?? moveFromOtherLength(key, queue, at);
      if (!window) {
        while (size() >= maxKeys && evictOne());
        window = queue.start(key, at);
      } else if (at - window.startedAt >= windowMs) {
        window = queue.start(key, at);
      }
      window.hits += 1;
      const allowed = window.hits <= limit;
      const secondsLeft = Math.ceil((window.startedAt + windowMs - at) / 1000);
      return {
        allowed,
        remaining: Math.max(0, limit - window.hits),
        retryAfterSeconds: allowed ? 0 : Math.max(1, secondsLeft),
      };
    },
    /** Every key held, for tests that check what is stored. */
    *keys(): Generator<string> {
      for (const queue of queues.values()) yield* queue.keys();
    },
    get size() {
      return size();
    },
  };
}
