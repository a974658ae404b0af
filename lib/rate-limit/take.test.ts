import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { like } from 'drizzle-orm';
import { getDb, getOpenDatabase } from '@/lib/db/client';
import { rateLimits } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { rateLimitKey } from './limit-key';
import { memoryRateLimits, takeRateLimit } from './take';

// A fixed secret, so no test writes a generated one into a shared DATA_DIR.
vi.stubEnv('AUTH_SECRET', 'test-secret-for-rate-limit-keys-0123456789');

afterAll(async () => {
  // Only the PostgreSQL run opens a database here (counters live in memory on PGlite).
  if (env().DATABASE_URL) await (await getOpenDatabase()).close();
});

/** Every key stored by whichever counter this run uses. */
async function storedKeysContaining(text: string): Promise<string[]> {
  if (!env().DATABASE_URL) return [...memoryRateLimits().keys()].filter((key) => key.includes(text));
  const db = await getDb();
  const rows = await db.select({ key: rateLimits.key }).from(rateLimits).where(like(rateLimits.key, `%${text}%`));
  return rows.map((row) => row.key);
}

describe('takeRateLimit', () => {
  it('never stores the subject in plain text, only the limit name and a hash', async () => {
    const subject = `someone-${randomUUID()}@example.test`;
    await takeRateLimit({ name: 'sign-in-mail:address', subject, limit: 5, windowMs: 60_000 });
    expect(await storedKeysContaining(subject)).toEqual([]);
    expect(await storedKeysContaining(rateLimitKey({ name: 'sign-in-mail:address', subject }))).toHaveLength(1);
  });

  it('counts the same subject under the same key, and other subjects apart', async () => {
    const subject = `person-${randomUUID()}`;
    const take = (who: string) => takeRateLimit({ name: 'test-limit', subject: who, limit: 2, windowMs: 60_000 });
    expect((await take(subject)).remaining).toBe(1);
    expect((await take(subject)).remaining).toBe(0);
    expect((await take(subject)).allowed).toBe(false);
    expect((await take(`person-${randomUUID()}`)).allowed).toBe(true);
  });
});
