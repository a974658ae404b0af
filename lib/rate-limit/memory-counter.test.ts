import { describe, expect, it } from 'vitest';
import { createMemoryCounter, ENDED_DROPPED_PER_HIT, MAX_KEYS, MAX_WINDOW_MS } from './memory-counter';

const start = new Date('2026-11-25T10:00:00Z');
const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe('createMemoryCounter', () => {
  it('answers like the database counter: `limit` hits, then the wait until the window ends, then a new window', () => {
    const counter = createMemoryCounter();
    const hit = (seconds: number) => counter.hit({ key: 'k', limit: 3, windowMs: 60_000, now: after(seconds) });

    expect(hit(0)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(hit(1)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(hit(2)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(hit(3)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 57 });
    expect(hit(59.5)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    expect(hit(60)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
  });

  it('counts each key on its own', () => {
    const counter = createMemoryCounter();
    expect(counter.hit({ key: 'a', limit: 1, windowMs: 60_000, now: start }).allowed).toBe(true);
    expect(counter.hit({ key: 'a', limit: 1, windowMs: 60_000, now: start }).allowed).toBe(false);
    expect(counter.hit({ key: 'b', limit: 1, windowMs: 60_000, now: start }).allowed).toBe(true);
  });

  it('drops ended windows a few per hit, from the front, never all at once', () => {
    const counter = createMemoryCounter();
    for (let index = 0; index < 1_000; index++) counter.hit({ key: `old-${index}`, limit: 5, windowMs: 60_000, now: start });
    expect(counter.size).toBe(1_000);

    // Bounded work per hit: one hit after the windows ended drops only a handful of them.
    counter.hit({ key: 'new-0', limit: 5, windowMs: 60_000, now: after(60) });
    expect(counter.size).toBe(1_000 - ENDED_DROPPED_PER_HIT + 1);

    // Hits on other keys keep shrinking it, until only the open windows are left.
    let hits = 1;
    let previous = counter.size;
    while (counter.size > hits) {
      counter.hit({ key: `new-${hits++}`, limit: 5, windowMs: 60_000, now: after(61) });
      expect(counter.size).toBeLessThan(previous);
      previous = counter.size;
    }
    expect(hits).toBeLessThan(400);
    expect([...counter.keys()].every((key) => key.startsWith('new-'))).toBe(true);
  });

  it('keeps a window that restarted: it moves behind the windows that end before it', () => {
    const counter = createMemoryCounter();
    const hit = (key: string, seconds: number) => counter.hit({ key, limit: 1, windowMs: 60_000, now: after(seconds) });
    hit('early', 0);
    hit('middle', 10);
    hit('early', 61); // Its first window ended; a new one runs until 121 s.
    hit('other', 75); // Drops `middle` (ended at 70 s), keeps `early`.
    expect(new Set(counter.keys())).toEqual(new Set(['early', 'other']));
    expect(hit('early', 80)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 41 });
  });

  it('drops ended windows of every length, not only the length being hit', () => {
    const counter = createMemoryCounter();
    counter.hit({ key: 'hourly', limit: 5, windowMs: MAX_WINDOW_MS, now: start });
    counter.hit({ key: 'quarterly', limit: 5, windowMs: 15 * 60_000, now: start });
    counter.hit({ key: 'minutely', limit: 5, windowMs: 60_000, now: after(MAX_WINDOW_MS / 1000) });
    expect([...counter.keys()]).toEqual(['minutely']);
  });

  it('never holds more than its cap of keys, even under 250,000 distinct ones in one window', () => {
    const counter = createMemoryCounter();
    const hit = (key: string, ms: number) => counter.hit({ key, limit: 1, windowMs: MAX_WINDOW_MS, now: new Date(start.getTime() + ms) });
    for (let index = 0; index < 250_000; index++) {
      hit(`flood-${index}`, index);
      if (index % 10_000 === 0) expect(counter.size).toBeLessThanOrEqual(MAX_KEYS);
    }
    expect(counter.size).toBe(MAX_KEYS);
    // The newest keys are still counted; the oldest were let go.
    expect(hit('flood-249999', 250_000).allowed).toBe(false);
    expect(hit('flood-150000', 250_000).allowed).toBe(false);
    expect(hit('flood-0', 250_000).allowed).toBe(true);
    expect(counter.size).toBe(MAX_KEYS);
  });

  it('at its cap, lets go of the oldest window first', () => {
    const counter = createMemoryCounter({ maxKeys: 3 });
    const hit = (key: string, seconds: number) => counter.hit({ key, limit: 1, windowMs: 60_000, now: after(seconds) });
    hit('a', 0);
    hit('b', 1);
    hit('c', 2);
    hit('d', 3);
    expect(counter.size).toBe(3);
    // Still counted, so refused (and no new key, so nothing else goes):
    expect(hit('b', 4).allowed).toBe(false);
    expect(hit('c', 4).allowed).toBe(false);
    expect(hit('d', 4).allowed).toBe(false);
    // Forgotten, so counted afresh:
    expect(hit('a', 4).allowed).toBe(true);
  });

  it('across window lengths, lets go of the window closest to ending, which frees the fewest refusals', () => {
    const counter = createMemoryCounter({ maxKeys: 2 });
    counter.hit({ key: 'hourly', limit: 1, windowMs: MAX_WINDOW_MS, now: start });
    counter.hit({ key: 'minutely', limit: 1, windowMs: 60_000, now: after(10) });
    counter.hit({ key: 'newcomer', limit: 1, windowMs: 60_000, now: after(20) });
    expect(new Set(counter.keys())).toEqual(new Set(['hourly', 'newcomer']));
  });

  it('keeps one count per key when a key is hit with another window length, as the database does', () => {
    const counter = createMemoryCounter();
    counter.hit({ key: 'k', limit: 5, windowMs: 60_000, now: start });
    expect(counter.hit({ key: 'k', limit: 5, windowMs: MAX_WINDOW_MS, now: after(30) })).toEqual({ allowed: true, remaining: 3, retryAfterSeconds: 0 });
    expect(counter.size).toBe(1);
    // A window that has ended under the new length starts afresh.
    expect(counter.hit({ key: 'k', limit: 5, windowMs: 60_000, now: after(90) })).toEqual({ allowed: true, remaining: 4, retryAfterSeconds: 0 });
    expect(counter.size).toBe(1);
  });

  it('refuses limits that make no sense rather than letting everything through', () => {
    const counter = createMemoryCounter();
    expect(() => counter.hit({ key: 'k', limit: 0, windowMs: 60_000 })).toThrow(RangeError);
    expect(() => counter.hit({ key: 'k', limit: 5, windowMs: 0 })).toThrow(RangeError);
    expect(() => counter.hit({ key: 'k', limit: 5, windowMs: MAX_WINDOW_MS + 1 })).toThrow(RangeError);
    expect(() => counter.hit({ key: 'k', limit: 5, windowMs: 60_000, now: new Date(Number.NaN) })).toThrow(RangeError);
    expect(() => createMemoryCounter({ maxKeys: 0 })).toThrow(RangeError);
  });
});
