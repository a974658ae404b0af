import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { getDb, getOpenDatabase } from '../client';
import { rateLimits } from '../schema';
import { deleteExpiredRateLimits, hitRateLimit } from './rate-limits';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

const freshKey = () => `test:${randomUUID()}`;

describe('hitRateLimit', () => {
  it('allows `limit` hits, refuses the next with the wait until the window ends, then opens a new window', async () => {
    const key = freshKey();
    const start = new Date('2026-11-25T10:00:00Z');
    const after = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const hit = (seconds: number) => hitRateLimit({ key, limit: 3, windowMs: 60_000, now: after(seconds) });

    expect(await hit(0)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(await hit(1)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
    expect(await hit(2)).toEqual({ allowed: true, remaining: 0, retryAfterSeconds: 0 });
    expect(await hit(3)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 57 });
    expect(await hit(59.5)).toEqual({ allowed: false, remaining: 0, retryAfterSeconds: 1 });
    // The window opened at 0 s; from 60 s on a new one starts and the count resets.
    expect(await hit(60)).toEqual({ allowed: true, remaining: 2, retryAfterSeconds: 0 });
    expect(await hit(61)).toEqual({ allowed: true, remaining: 1, retryAfterSeconds: 0 });
  });

  it('keeps keys apart', async () => {
    const [first, second] = [freshKey(), freshKey()];
    const now = new Date();
    expect((await hitRateLimit({ key: first, limit: 1, windowMs: 60_000, now })).allowed).toBe(true);
    expect((await hitRateLimit({ key: first, limit: 1, windowMs: 60_000, now })).allowed).toBe(false);
    expect((await hitRateLimit({ key: second, limit: 1, windowMs: 60_000, now })).allowed).toBe(true);
  });

  it('counts concurrent hits exactly', async () => {
    const key = freshKey();
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit({ key, limit: 10, windowMs: 60_000, now })));
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
    expect(results.map((result) => result.remaining).sort((a, b) => a - b)).toEqual([
      ...Array.from({ length: 16 }, () => 0),
      ...Array.from({ length: 9 }, (_, index) => index + 1),
    ]);
  });

  it('refuses nonsense limits instead of letting everything through', async () => {
    await expect(hitRateLimit({ key: freshKey(), limit: 0, windowMs: 60_000 })).rejects.toThrow(RangeError);
    await expect(hitRateLimit({ key: freshKey(), limit: 5, windowMs: 0 })).rejects.toThrow(RangeError);
  });
});

describe('deleteExpiredRateLimits', () => {
  it('drops only counters whose window started before the cut-off', async () => {
    const old = `expired:${randomUUID()}`;
    const fresh = `fresh:${randomUUID()}`;
    await hitRateLimit({ key: old, limit: 5, windowMs: 60_000, now: new Date('2026-01-01T00:00:00Z') });
    await hitRateLimit({ key: fresh, limit: 5, windowMs: 60_000, now: new Date('2026-06-01T00:00:00Z') });
    expect(await deleteExpiredRateLimits({ before: new Date('2026-03-01T00:00:00Z') })).toBeGreaterThanOrEqual(1);
    const db = await getDb();
    const keys = await db
      .select({ key: rateLimits.key })
      .from(rateLimits)
      .where(inArray(rateLimits.key, [old, fresh]));
    expect(keys.map((row) => row.key)).toEqual([fresh]);
  });
});
