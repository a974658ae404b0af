import { describe, expect, it } from 'vitest';
import { signInEmailSchema, returnPathSchema } from './email';
import { flowUpdateSchema, progressMergeSchema, progressUpdateSchema } from './progress';

const now = new Date().toISOString();
const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

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
    [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: '2999-01-01T00:00:00Z' }, ['updatedAt: must not be in the future']],
    [{ platform: 'tiktok', step: 'make-account-private', status: 'done', updatedAt: now, userId: 'someone-else' }, [': Unrecognized key: "userId"']],
  ])('refuses %j', (input, expected) => {
    expect(issuesOf(progressUpdateSchema.safeParse(input))).toEqual(expected);
  });

  it('refuses wrong types and missing fields without throwing', () => {
    for (const input of [null, 42, 'text', [], {}, { platform: 1, step: {}, status: null, updatedAt: 3 }]) {
      expect(progressUpdateSchema.safeParse(input).success).toBe(false);
    }
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
    expect(signInEmailSchema.safeParse('').error?.issues[0]?.message).toBe('Enter your email address.');
    expect(signInEmailSchema.safeParse('not an address').error?.issues[0]?.message).toBe(
      'Enter an email address like name@example.com.',
    );
  });

  it('only returns to paths on this site', () => {
    expect(returnPathSchema.parse('/tiktok/delete-account')).toBe('/tiktok/delete-account');
    for (const outside of ['https://evil.example/', '//evil.example', '/\\evil.example', 'tiktok', undefined]) {
      expect(returnPathSchema.parse(outside)).toBe('/account');
    }
  });
});
