import { describe, expect, it } from 'vitest';
import { createMemoryCounter, MAX_WINDOW_MS } from './memory-counter';

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

  it('forgets finished windows once it holds many keys, so memory stays bounded', () => {
    const counter = createMemoryCounter();
    for (let index = 0; index <= 10_000; index++) counter.hit({ key: `old-${index}`, limit: 5, windowMs: 60_000, now: start });
    expect(counter.size).toBe(10_001);
    counter.hit({ key: 'new', limit: 5, windowMs: 60_000, now: new Date(start.getTime() + MAX_WINDOW_MS) });
    expect(counter.size).toBe(1);
  });

  it('refuses limits that make no sense rather than letting everything through', () => {
    const counter = createMemoryCounter();
    expect(() => counter.hit({ key: 'k', limit: 0, windowMs: 60_000 })).toThrow(RangeError);
    expect(() => counter.hit({ key: 'k', limit: 5, windowMs: 0 })).toThrow(RangeError);
    expect(() => counter.hit({ key: 'k', limit: 5, windowMs: MAX_WINDOW_MS + 1 })).toThrow(RangeError);
  });
});
