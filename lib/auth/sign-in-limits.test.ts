import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { getOpenDatabase } from '@/lib/db/client';
import { env } from '@/lib/env';
import { PER_ADDRESS_LIMIT, takeSignInMail } from './sign-in-limits';

// A fixed secret, so no test writes a generated one into a shared DATA_DIR.
vi.stubEnv('AUTH_SECRET', 'test-secret-for-rate-limit-keys-0123456789');

afterAll(async () => {
  // Only the PostgreSQL run opens a database here (counters live in memory on PGlite).
  if (env().DATABASE_URL) await (await getOpenDatabase()).close();
});

describe('takeSignInMail', () => {
  it('counts +tag variants of one address as one inbox, so they cannot get past its limit', async () => {
    const victim = `victim-${randomUUID()}`;
    const results = [];
    // Each from another client, so only the per-address limit can refuse.
    for (let tag = 1; tag <= PER_ADDRESS_LIMIT + 1; tag++) {
      results.push(await takeSignInMail({ email: `${victim}+${tag}@example.test`, client: `client-${randomUUID()}` }));
    }
    expect(results.slice(0, PER_ADDRESS_LIMIT).every((result) => result.allowed)).toBe(true);
    expect(results[PER_ADDRESS_LIMIT]).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
  });

  it('counts dotted and googlemail.com variants of a Gmail address as one inbox', async () => {
    const name = `v${randomUUID().slice(0, 8)}`;
    const variants = [`${name}@gmail.com`, `${name[0]}.${name.slice(1)}@gmail.com`, `${name}+a@googlemail.com`];
    for (let use = 0; use < PER_ADDRESS_LIMIT; use++) {
      expect((await takeSignInMail({ email: variants[use % variants.length]!, client: `client-${randomUUID()}` })).allowed).toBe(true);
    }
    expect((await takeSignInMail({ email: `${name}@googlemail.com`, client: `client-${randomUUID()}` })).allowed).toBe(false);
  });

  it('leaves other addresses alone', async () => {
    const victim = `victim-${randomUUID()}`;
    for (let use = 0; use <= PER_ADDRESS_LIMIT; use++) await takeSignInMail({ email: `${victim}@example.test`, client: `client-${randomUUID()}` });
    expect((await takeSignInMail({ email: `other-${randomUUID()}@example.test`, client: `client-${randomUUID()}` })).allowed).toBe(true);
  });
});
