import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toFieldIssues } from '@/lib/http/handler';
import { problemMessage } from '@/lib/i18n/problems';
import { addDays } from '@/lib/reminders/schedule';
import { countdownStartSchema, dataFileReadySchema } from './countdown';
import { todayIn } from './countdown-dates';

// The real clock: the content these schemas check against is itself checked against today.
const today = todayIn('UTC');
const tomorrow = addDays(today, 1);

/** Each issue as the route handler answers it, in English. */
const issuesOf = (result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) =>
  toFieldIssues(result.error?.issues ?? []).map(({ path, problem }) => `${path}: ${problemMessage('en', problem)}`);

const BEFORE_2020 = "The date can't be before January 1, 2020.";
const FUTURE = "The date can't be in the future.";
const FORMAT = 'Enter the date as YYYY-MM-DD.';

describe('countdownStartSchema', () => {
  const start = (requestedOn: unknown) => countdownStartSchema.safeParse({ platform: 'tiktok', requestedOn, timeZone: 'UTC' });

  it('accepts a request within the grace period', () => {
    expect(start(today).success).toBe(true);
    expect(start(addDays(today, -30)).success).toBe(true);
  });

  it.each([
    ['0000-01-01', BEFORE_2020],
    ['0001-01-01', BEFORE_2020],
    ['1969-12-31', BEFORE_2020],
    ['1970-01-01', BEFORE_2020],
    ['2019-12-31', BEFORE_2020],
    ['2020-01-01', 'More than 30 days ago: the deletion is already permanent.'],
    [tomorrow, FUTURE],
    ['9999-12-31', FUTURE],
    ['+275760-09-13', FORMAT],
    ['275760-09-13', FORMAT],
    ['2026-02-30', 'That date does not exist.'],
    [20261125, FORMAT],
  ])('answers %j with one clear message', (requestedOn, message) => {
    expect(issuesOf(start(requestedOn))).toEqual([`requestedOn: ${message}`]);
  });
});

describe('dataFileReadySchema', () => {
  const ready = (readyOn: unknown) => dataFileReadySchema.safeParse({ platform: 'tiktok', readyOn, timeZone: 'UTC' });

  it('accepts today and any day since 2020', () => {
    expect(ready(today).success).toBe(true);
    expect(ready('2020-01-01').success).toBe(true);
  });

  it.each([
    ['0000-01-01', BEFORE_2020],
    ['0001-01-01', BEFORE_2020],
    ['1969-12-31', BEFORE_2020],
    ['2019-12-31', BEFORE_2020],
    [tomorrow, FUTURE],
    ['9999-12-31', FUTURE],
    ['+275760-09-13', FORMAT],
    ['275760-09-13', FORMAT],
    ['yesterday', FORMAT],
  ])('answers %j with one clear message', (readyOn, message) => {
    expect(issuesOf(ready(readyOn))).toEqual([`readyOn: ${message}`]);
  });

  it("takes today in the person's time zone", () => {
    // Kiritimati (UTC+14) is always a day ahead of Honolulu (UTC-10).
    const kiritimati = todayIn('Pacific/Kiritimati');
    expect(dataFileReadySchema.safeParse({ platform: 'tiktok', readyOn: kiritimati, timeZone: 'Pacific/Kiritimati' }).success).toBe(true);
    expect(issuesOf(dataFileReadySchema.safeParse({ platform: 'tiktok', readyOn: kiritimati, timeZone: 'Pacific/Honolulu' }))).toEqual([
      `readyOn: ${FUTURE}`,
    ]);
  });
});
