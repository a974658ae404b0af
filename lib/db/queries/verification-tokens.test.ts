import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inArray } from 'drizzle-orm';
import { getDb, getOpenDatabase } from '../client';
import { verificationTokens } from '../schema';
import { deleteExpiredVerificationTokens } from './verification-tokens';

afterAll(async () => {
  await (await getOpenDatabase()).close();
});

describe('deleteExpiredVerificationTokens', () => {
  it('drops only sign-in links that expired before the cut-off', async () => {
    const db = await getDb();
    const now = Date.now();
    // Relative to now: files sharing one PostgreSQL database may purge with `before: new Date()` at any moment.
    const expired = { identifier: `expired-${randomUUID()}@example.test`, token: `link-${randomUUID()}`, expires: new Date(now - 60_000) };
    const live = { identifier: `live-${randomUUID()}@example.test`, token: `link-${randomUUID()}`, expires: new Date(now + 600_000) };
    await db.insert(verificationTokens).values([expired, live]);

    expect(await deleteExpiredVerificationTokens({ before: new Date(now) })).toBeGreaterThanOrEqual(1);

    const left = await db
      .select({ token: verificationTokens.token })
      .from(verificationTokens)
      .where(inArray(verificationTokens.token, [expired.token, live.token]));
    expect(left.map((row) => row.token)).toEqual([live.token]);
  });
});
