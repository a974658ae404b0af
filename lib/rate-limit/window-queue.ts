/** One key's count in its current fixed window. */
export type CountingWindow = { readonly startedAt: number; hits: number };

export type WindowQueue = ReturnType<typeof createWindowQueue>;

/**
 * The counting windows of one length, kept in the order they started, so the
 * ones that end first are always at the front and can be dropped without
 * looking at the rest. A window that restarts is moved to the back.
 */
export function createWindowQueue(lengthMs: number) {
  const windows = new Map<string, CountingWindow>();
  // One iterator kept across calls: a fresh one would step over every slot
  // deleted at the front since the Map last compacted, O(n) on every hit.
  let cursor: MapIterator<[string, CountingWindow]> | undefined;
  let front: [string, CountingWindow] | undefined;

  function oldest(): [string, CountingWindow] | undefined {
    for (;;) {
      if (!front) {
        cursor ??= windows.entries();
        const next = cursor.next();
        if (next.done) {
          // A finished iterator never sees later entries; the Map is empty here anyway.
          cursor = undefined;
          return undefined;
        }
        front = next.value;
      }
      // Entries deleted or restarted since the cursor reached them are stale; a restarted one comes round again at the back.
      if (windows.get(front[0]) === front[1]) return front;
      front = undefined;
    }
  }

  function dropOldest(): void {
    const entry = oldest();
    if (!entry) return;
    windows.delete(entry[0]);
    front = undefined;
  }

  return {
    lengthMs,
    get(key: string): CountingWindow | undefined {
      return windows.get(key);
    },
    /** Opens a window for `key` at the back of the queue (a new object, so the cursor can tell it moved). */
    start(key: string, startedAt: number, hits = 0): CountingWindow {
      const window = { startedAt, hits };
      windows.delete(key);
      windows.set(key, window);
      return window;
    },
    delete(key: string): void {
      windows.delete(key);
    },
    /** When the front window ends, or undefined when the queue is empty. */
    frontEndsAt(): number | undefined {
      const entry = oldest();
      return entry && entry[1].startedAt + lengthMs;
    },
    dropOldest,
    /** Drops up to `atMost` windows that ended by `now`, from the front only. */
    dropEnded(now: number, atMost: number): void {
      for (let dropped = 0; dropped < atMost; dropped++) {
        const entry = oldest();
        if (!entry || now - entry[1].startedAt < lengthMs) return;
        dropOldest();
      }
    },
    keys(): MapIterator<string> {
      return windows.keys();
    },
    get size(): number {
      return windows.size;
    },
  };
}
