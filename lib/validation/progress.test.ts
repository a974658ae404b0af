import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { toFieldIssues } from '@/lib/http/handler';
import { problemMessage } from '@/lib/i18n/problems';
import { signInEmailSchema, returnPathSchema } from './email';
import { flowUpdateSchema, progressMergeSchema, progressUpdateSchema } from './progress';

const now = new Date().toISOString();
const OUT_OF_RANGE = 'updatedAt: must be between 2020-01-01T00:00:00Z and now';
/** Each issue as the route handler answers it, in English. */
const issuesOf = (result: { success: boolean; error?: { issues: z.core.$ZodIssue[] } }) =>
  toFieldIssues(result.error?.issues ?? []).map(({ path, problem }) => `${path}: ${problemMessage('en', problem)}`);

describe('progressUpdateSchema', () => {
  it('accepts a real step', () => {
    const update = { platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: now };
    expect(progressUpdateSchema.parse(update)).toEqual(update);
  });

  it.each([
    [{ platform: 'tiktok', step: 'nope', status: 'done', updatedAt: now }, ['step: is not a step of this platform']],
    [{ platform: 'myspace', step: 'make-account-private', status: 'done', updatedAt: now }, ['platform: is not a platform Unlisted knows']],
    [{ platform: 'tiktok', step: 'make-account-private', status: 'finished', updatedAt: now }, ['status: must be one of todo, done, skipped']],
    [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: 'yesterday' }, ['updatedAt: must be an ISO 8601 date and time']],
    [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: '2999-01-01T00:00:00Z' }, [OUT_OF_RANGE]],
    [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: now, userId: 'someone-else' }, [': holds fields that are not expected: userId']],
  ])('refuses %j', (input, expected) => {
    expect(issuesOf(progressUpdateSchema.safeParse(input))).toEqual(expected);
  });

  it('refuses wrong types and missing fields without throwing', () => {
    for (const input of [null, 42, 'text', [], {}, { platform: 1, step: {}, status: null, updatedAt: 3 }]) {
      expect(progressUpdateSchema.safeParse(input).success).toBe(false);
    }
  });
});

describe('times sent with progress', () => {
  const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const update = (updatedAt: string) => ({ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt });

  it.each([
    ['the first instant of 2020', '2020-01-01T00:00:00Z'],
    ['the same instant, with an offset', '2020-01-01T01:00:00+01:00'],
    ['a time in 2026', '2026-11-25T10:00:00.123Z'],
    ['now', 'now'],
    ['a clock 4 minutes fast', 'in 4 minutes'],
  ])('accepts %s', (_name, value) => {
    const updatedAt = value === 'now' ? minutesFromNow(0) : value === 'in 4 minutes' ? minutesFromNow(4) : value;
    expect(issuesOf(progressUpdateSchema.safeParse(update(updatedAt)))).toEqual([]);
  });

  // Year 0 passes the ISO format and Date.parse, then PostgreSQL refuses it: it must be stopped here.
  it.each([
    ['year 0', '0000-01-01T00:00:00Z'],
    ['year 1', '0001-01-01T00:00:00Z'],
    ['the Unix epoch', '1970-01-01T00:00:00Z'],
    ['1969', '1969-12-31T23:59:59Z'],
    ['the last second of 2019', '2019-12-31T23:59:59Z'],
    ['the first instant of 2020 in UTC+1', '2020-01-01T00:00:00+01:00'],
    ['a clock 6 minutes fast', 'in 6 minutes'],
    ['year 9999', '9999-12-31T23:59:59Z'],
  ])('refuses %s with the range', (_name, value) => {
    const updatedAt = value === 'in 6 minutes' ? minutesFromNow(6) : value;
    expect(issuesOf(progressUpdateSchema.safeParse(update(updatedAt)))).toEqual([OUT_OF_RANGE]);
  });

  it.each(['+275760-09-13T00:00:00Z', '275760-09-13T00:00:00Z', '-000001-01-01T00:00:00Z'])('refuses %s as not ISO 8601', (updatedAt) => {
    expect(issuesOf(progressUpdateSchema.safeParse(update(updatedAt)))).toEqual(['updatedAt: must be an ISO 8601 date and time']);
  });

  it('bounds every time a merge carries', () => {
    const result = progressMergeSchema.safeParse({
      platforms: {
        tiktok: {
          flow: 'leave',
          flowUpdatedAt: '0000-01-01T00:00:00Z',
          steps: { 'delete-account': { status: 'done', updatedAt: '1999-12-31T00:00:00Z' } },
        },
      },
      bookmarks: { tiktok: { createdAt: '9999-12-31T00:00:00Z' } },
    });
    expect(issuesOf(result).map((issue) => issue.split(':')[0])).toEqual([
      'platforms.tiktok.flowUpdatedAt',
      'platforms.tiktok.steps.delete-account.updatedAt',
      'bookmarks.tiktok.createdAt',
    ]);
    expect(issuesOf(flowUpdateSchema.safeParse({ platform: 'tiktok', flow: 'leave', updatedAt: '0000-01-01T00:00:00Z' }))).toEqual([
      OUT_OF_RANGE,
    ]);
  });
});

describe('flowUpdateSchema', () => {
  it('accepts the two paths only', () => {
    expect(flowUpdateSchema.safeParse({ platform: 'tiktok', flow: 'leave', updatedAt: now }).success).toBe(true);
    expect(issuesOf(flowUpdateSchema.safeParse({ platform: 'tiktok', flow: 'vanish', updatedAt: now }))).toEqual([
      'flow: must be one of lock-down, leave',
    ]);
  });
});

describe('progressMergeSchema', () => {
  it('accepts what a browser keeps, bookmarks optional', () => {
    const merged = progressMergeSchema.parse({
      platforms: { tiktok: { flow: 'leave', flowUpdatedAt: now, steps: { 'delete-account': { status: 'done', updatedAt: now } } } },
    });
    expect(merged.bookmarks).toEqual({});
  });

  it('names every unknown step', () => {
    const result = progressMergeSchema.safeParse({
      platforms: { tiktok: { steps: { ghost: { status: 'done', updatedAt: now }, phantom: { status: 'done', updatedAt: now } } } },
      bookmarks: {},
    });
    expect(issuesOf(result)).toEqual([
      'platforms.tiktok.steps.ghost: is not a step of this platform',
      'platforms.tiktok.steps.phantom: is not a step of this platform',
    ]);
  });

  it('refuses unknown platforms in progress and bookmarks', () => {
    const result = progressMergeSchema.safeParse({
      platforms: { orkut: { steps: {} } },
      bookmarks: { friendster: { createdAt: now } },
    });
    expect(issuesOf(result).map((issue) => issue.split(':')[0])).toEqual(['platforms.orkut', 'bookmarks.friendster']);
  });
});

describe('sign-in form values', () => {
  it('normalises the address and explains a bad one', () => {
    expect(signInEmailSchema.parse('  Someone@Example.COM ')).toBe('someone@example.com');
    expect(issuesOf(signInEmailSchema.safeParse(''))).toEqual([': Enter your email address.']);
    expect(issuesOf(signInEmailSchema.safeParse('not an address'))).toEqual([': Enter an email address like name@example.com.']);
  });

  it('only returns to paths on this site', () => {
    expect(returnPathSchema.parse('/tiktok/delete-account')).toBe('/tiktok/delete-account');
    for (const outside of ['https://evil.example/', '//evil.example', '/\\evil.example', 'tiktok', undefined]) {
      expect(returnPathSchema.parse(outside)).toBe('/account');
    }
  });
});
