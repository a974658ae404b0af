import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEVICES, FLOW_IDS, SLUG_PATTERN } from '@/lib/content/constants';
import { STEP_STATUSES } from '@/lib/types/progress';
import { BROWSER_DATA_VERSION, emptyBrowserData, hasBrowserData, MERGE_CHOICES, readBrowserData } from './record';
import { accountFingerprint, mergeChoiceFor, withMergeChoice } from './merge-choice';
import { withCountdown, withoutCountdowns } from './countdowns';

/*
 * The browser reads its record without zod (lib/validation/plain-checks.ts
 * says why). This zod schema is the specification: the reader must accept
 * exactly what it accepts, and give back what it gives back.
 */
const slug = z.string().regex(SLUG_PATTERN);
const recordSpec = z.object({
  version: z.literal(BROWSER_DATA_VERSION),
  platforms: z.record(
    slug,
    z.object({
      flow: z.enum(FLOW_IDS).optional(),
      flowUpdatedAt: z.iso.datetime().optional(),
      steps: z.record(slug, z.object({ status: z.enum(STEP_STATUSES), updatedAt: z.iso.datetime() })),
    }),
  ),
  bookmarks: z.record(slug, z.object({ createdAt: z.iso.datetime() })),
  countdowns: z.record(slug, z.object({ requestedOn: z.iso.date(), startedAt: z.iso.datetime() })),
  device: z.enum(DEVICES).optional(),
  mergeChoice: z.object({ account: z.string().regex(/^[0-9a-f]{8}$/), choice: z.enum(MERGE_CHOICES) }).optional(),
});

const RUNS = 2_000;

// Mostly valid values, with the edges mixed in: leap days, bad months, times without seconds or with zones.
const often = <T,>(valid: fc.Arbitrary<T>, ...others: fc.Arbitrary<unknown>[]) =>
  fc.oneof({ weight: 20, arbitrary: valid as fc.Arbitrary<unknown> }, ...others.map((arbitrary) => ({ weight: 1, arbitrary })));
const dateLike = fc
  .tuple(fc.constantFrom('2024', '2025', '2026', '2100', '0000', '20x6'), fc.constantFrom('01', '02', '11', '00', '13'), fc.constantFrom('01', '29', '30', '31', '00'))
  .map(([year, month, day]) => `${year}-${month}-${day}`);
const isoDateTime = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const dateTimeLike = often(
  isoDateTime,
  fc.tuple(dateLike, fc.constantFrom('T10:00:00Z', 'T10:00:00.123Z', 'T24:00:00Z', 'T10:00Z', 'T10:00:00+02:00')).map(([date, time]) => date + time),
  fc.string(),
);
const slugLike = often(
  fc.constantFrom('tiktok', 'instagram', 'make-account-private', 'a1'),
  fc.constantFrom('Bad', 'two--dashes', '', '__proto__'),
  fc.string(),
).map(String);
const stepRecord = often(
  fc.record({ status: fc.constantFrom(...STEP_STATUSES), updatedAt: dateTimeLike, extra: fc.anything() }, { requiredKeys: ['status', 'updatedAt'] }),
  fc.record({ status: fc.string(), updatedAt: dateTimeLike }),
  fc.anything(),
);
const platform = often(
  fc.record(
    { flow: often(fc.constantFrom(...FLOW_IDS), fc.string()), flowUpdatedAt: dateTimeLike, steps: fc.dictionary(slugLike, stepRecord, { maxKeys: 3 }) },
    { requiredKeys: ['steps'] },
  ),
  fc.anything(),
);
const fields = {
  version: often(fc.constant(BROWSER_DATA_VERSION), fc.constantFrom(1, '2')),
  platforms: fc.dictionary(slugLike, platform, { maxKeys: 3 }),
  bookmarks: fc.dictionary(slugLike, often(fc.record({ createdAt: dateTimeLike }), fc.anything()), { maxKeys: 2 }),
  countdowns: fc.dictionary(slugLike, often(fc.record({ requestedOn: often(dateLike, fc.string()), startedAt: dateTimeLike }), fc.anything()), { maxKeys: 2 }),
  device: often(fc.constantFrom(...DEVICES), fc.string()),
  mergeChoice: often(
    fc.record({
      account: often(fc.constantFrom('0a1b2c3d', 'ffffffff'), fc.constantFrom('FFFFFFFF', '0a1b2c3', '0a1b2c3d9'), fc.string()),
      choice: often(fc.constantFrom(...MERGE_CHOICES), fc.string()),
    }),
    fc.anything(),
  ),
};
const storedRecord = fc.oneof(
  { weight: 6, arbitrary: fc.record(fields, { requiredKeys: ['version', 'platforms', 'bookmarks', 'countdowns'] }) },
  { weight: 1, arbitrary: fc.record(fields, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
);

/** What zod gives back, in the same shape the reader uses (JSON has no undefined fields). */
function specResult(value: unknown) {
  const result = recordSpec.safeParse(value);
  return result.success ? JSON.parse(JSON.stringify(result.data)) : undefined;
}

describe('readBrowserData agrees with zod', () => {
  it('accepts what the record schema accepts, and keeps the same fields', () => {
    let accepted = 0;
    fc.assert(
      fc.property(storedRecord, (value) => {
        const read = readBrowserData(value);
        if (read) accepted += 1;
        expect(read).toEqual(specResult(value));
      }),
      { numRuns: RUNS },
    );
    // Enough of the generated values are real records for the comparison to mean something.
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });

  it('reads a real saved record whole', () => {
    const saved = {
      version: 2,
      platforms: { tiktok: { flow: 'leave', flowUpdatedAt: '2026-11-01T10:00:00.000Z', steps: { 'delete-account': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' } } } },
      bookmarks: { tiktok: { createdAt: '2026-11-01T10:00:00.000Z' } },
      countdowns: { tiktok: { requestedOn: '2026-11-01', startedAt: '2026-11-01T10:00:00.000Z' } },
      device: 'android',
      mergeChoice: { account: accountFingerprint('ana@example.test'), choice: 'declined' },
    };
    expect(readBrowserData(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});

describe('record helpers', () => {
  it('counts anything at all as data, and an empty record as none', () => {
    expect(hasBrowserData(emptyBrowserData)).toBe(false);
    expect(hasBrowserData({ ...emptyBrowserData, device: 'web' })).toBe(true);
    expect(hasBrowserData(withCountdown(emptyBrowserData, 'tiktok', { requestedOn: '2026-11-01', startedAt: '2026-11-01T10:00:00.000Z' }))).toBe(true);
    expect(hasBrowserData(withMergeChoice(emptyBrowserData, 'ana@example.test', 'accepted'))).toBe(true);
  });

  it('adds and removes countdowns, and leaves the record alone when there is nothing to remove', () => {
    const one = withCountdown(emptyBrowserData, 'tiktok', { requestedOn: '2026-11-01', startedAt: '2026-11-01T10:00:00.000Z' });
    expect(Object.keys(one.countdowns)).toEqual(['tiktok']);
    expect(withoutCountdowns(one, ['instagram'])).toBe(one);
    expect(withoutCountdowns(one, ['tiktok']).countdowns).toEqual({});
  });

  it('remembers the merge answer per account, by a fingerprint of the address whatever its case', () => {
    const data = withMergeChoice(emptyBrowserData, 'Ana@Example.test', 'declined');
    expect(data.mergeChoice?.account).toMatch(/^[0-9a-f]{8}$/);
    expect(JSON.stringify(data)).not.toContain('example');
    expect(mergeChoiceFor(data, 'ana@example.test')).toBe('declined');
    expect(mergeChoiceFor(data, 'bob@example.test')).toBeNull();
  });
});
