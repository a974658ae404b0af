import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { getOpenDatabase } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { enforceRateLimit, RATE_LIMITS } from './policies';

afterAll(async () => {
  // Only the PostgreSQL run opens a database here (counters live in memory on PGlite).
  await (await getOpenDatabase()).close();
});

describe('enforceRateLimit', () => {
  it('lets a person use a limit up to its size, then answers 429 with when to retry and what to do', async () => {
    const person = randomUUID();
    const { limit } = RATE_LIMITS.exportsPerPerson;
    for (let use = 0; use < limit; use++) await enforceRateLimit('exportsPerPerson', person);

    const refused = await enforceRateLimit('exportsPerPerson', person).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    const error = refused as AppError;
    expect(error.status).toBe(429);
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS.exportsPerPerson.windowMs / 1000);
    expect(error.message).toMatch(/^Too many exports in a short time\. Please wait \d+ (minutes|seconds) and try again\.$/);
  });

  it('keeps separate counts per person and per limit', async () => {
    const first = randomUUID();
    const second = randomUUID();
    for (let use = 0; use < RATE_LIMITS.exportsPerPerson.limit; use++) await enforceRateLimit('exportsPerPerson', first);
    await expect(enforceRateLimit('exportsPerPerson', first)).rejects.toThrow(AppError);
    await expect(enforceRateLimit('exportsPerPerson', second)).resolves.toBeUndefined();
    await expect(enforceRateLimit('writesPerPerson', first)).resolves.toBeUndefined();
  });
});
