import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEVICES, FLOW_IDS, SLUG_PATTERN } from '@/lib/content/constants';
// The readers of what earlier versions stored, which the migration relies on (lib/browser-data/migrate.ts).
import { PROGRESS_V1_VERSION as PROGRESS_VERSION, readCountdownsV1 as readLocalCountdowns, readProgressV1 as readProgressState } from '@/lib/browser-data/legacy';
import { STEP_STATUSES } from '@/lib/progress/state';
import { isIsoDate, isIsoDateTime } from './plain-checks';

/*
 * The browser reads its stored state without zod (to keep it out of every
 * page's JavaScript). These zod schemas are the specification: the readers
 * must accept exactly what they accept, and give back what they give back.
 */
const slug = z.string().regex(SLUG_PATTERN);
const progressSpec = z.object({
  version: z.literal(PROGRESS_VERSION),
  platforms: z.record(
    slug,
    z.object({
      flow: z.enum(FLOW_IDS).optional(),
      flowUpdatedAt: z.iso.datetime().optional(),
      steps: z.record(slug, z.object({ status: z.enum(STEP_STATUSES), updatedAt: z.iso.datetime() })),
    }),
  ),
  bookmarks: z.record(slug, z.object({ createdAt: z.iso.datetime() })).optional(),
  device: z.enum(DEVICES).optional(),
});
const countdownsSpec = z.object({
  version: z.literal(1),
  countdowns: z.record(slug, z.object({ requestedOn: z.iso.date(), startedAt: z.iso.datetime() })),
});

const RUNS = 2_000;

// Dates near the edges: leap days, month ends, bad months, times with and without seconds or zones.
const dateLike = fc
  .tuple(
    fc.constantFrom('1900', '2000', '2024', '2025', '2026', '2100', '0000', '99999', '20x6'),
    fc.constantFrom('01', '02', '04', '06', '09', '11', '12', '00', '13', '2'),
    fc.constantFrom('01', '28', '29', '30', '31', '00', '32', '9'),
  )
  .map(([year, month, day]) => `${year}-${month}-${day}`);
const timeLike = fc.constantFrom(
  'T10:00:00Z',
  'T10:00:00.123Z',
  'T23:59:59.999999Z',
  'T24:00:00Z',
  'T10:60:00Z',
  'T10:00Z',
  'T10:00:00',
  'T10:00:00+02:00',
  't10:00:00z',
  ' T10:00:00Z',
);
const dateTimeLike = fc.oneof(
  fc.tuple(dateLike, timeLike).map(([date, time]) => date + time),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string(),
);
const slugLike = fc.oneof(fc.constantFrom('tiktok', 'make-account-private', 'a1', 'Bad', 'two--dashes', '-x', '', '__proto__'), fc.string());

const stepRecord = fc.record(
  { status: fc.oneof(fc.constantFrom(...STEP_STATUSES), fc.string(), fc.integer()), updatedAt: dateTimeLike, extra: fc.anything() },
  { requiredKeys: ['status', 'updatedAt'] },
);
const platform = fc.record(
  {
    flow: fc.oneof(fc.constantFrom(...FLOW_IDS), fc.string()),
    flowUpdatedAt: dateTimeLike,
    steps: fc.dictionary(slugLike, fc.oneof(stepRecord, fc.anything()), { maxKeys: 4 }),
  },
  { requiredKeys: ['steps'] },
);
const storedProgress = fc.oneof(
  fc.record(
    {
      version: fc.oneof(fc.constant(PROGRESS_VERSION), fc.constant(0), fc.constant('1')),
      platforms: fc.dictionary(slugLike, fc.oneof(platform, fc.anything()), { maxKeys: 3 }),
      bookmarks: fc.dictionary(slugLike, fc.record({ createdAt: dateTimeLike }), { maxKeys: 3 }),
      device: fc.oneof(fc.constantFrom(...DEVICES), fc.string()),
    },
    { requiredKeys: ['version', 'platforms'] },
  ),
  fc.anything(),
);
const storedCountdowns = fc.oneof(
  fc.record({
    version: fc.oneof(fc.constant(1), fc.constant(2)),
    countdowns: fc.dictionary(slugLike, fc.record({ requestedOn: fc.oneof(dateLike, fc.string()), startedAt: dateTimeLike }), {
      maxKeys: 3,
    }),
  }),
  fc.anything(),
);

/** What zod gives back, in the same shape the readers use (JSON has no undefined fields). */
function specResult(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? JSON.parse(JSON.stringify(result.data)) : undefined;
}

describe('plain checks agree with zod', () => {
  it('isIsoDate and isIsoDateTime accept exactly what z.iso.date() and z.iso.datetime() accept', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, dateTimeLike, fc.anything()), (value) => {
        expect(isIsoDate(value)).toBe(z.iso.date().safeParse(value).success);
        expect(isIsoDateTime(value)).toBe(z.iso.datetime().safeParse(value).success);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('readProgressState accepts what the progress schema accepts, and keeps the same fields', () => {
    fc.assert(
      fc.property(storedProgress, (value) => {
        expect(readProgressState(value)).toEqual(specResult(progressSpec, value));
      }),
      { numRuns: RUNS },
    );
  });

  it('readLocalCountdowns accepts what the countdowns schema accepts, and keeps the same fields', () => {
    fc.assert(
      fc.property(storedCountdowns, (value) => {
        expect(readLocalCountdowns(value)).toEqual(specResult(countdownsSpec, value));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a real saved value whole', () => {
    const saved = {
      version: 1,
      platforms: { tiktok: { flow: 'leave', flowUpdatedAt: '2026-11-01T10:00:00.000Z', steps: { 'delete-account': { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' } } } },
      bookmarks: { tiktok: { createdAt: '2026-11-01T10:00:00.000Z' } },
      device: 'android',
    };
    expect(readProgressState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });
});
