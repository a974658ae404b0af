import { describe, expect, it } from 'vitest';
import type { ProblemReport } from '@/lib/db/queries/problem-reports';
import { MAX_LISTED, parseReportsArgs, reportAsJson, reportsTable, ReportsUsageError, truncate } from './listing';

const report = (overrides: Partial<ProblemReport> = {}): ProblemReport => ({
  id: 'c0ffee00-0000-4000-8000-000000000001',
  platform: 'tiktok',
  step: 'make-account-private',
  locale: 'es',
  contentDate: '2026-11-02',
  pagePath: '/tiktok/make-account-private',
  message: 'The toggle moved.',
  replyEmail: null,
  createdAt: new Date('2026-12-01T09:30:15Z'),
  ...overrides,
});

describe('parseReportsArgs', () => {
  it('lists 50 as a table unless told otherwise', () => {
    expect(parseReportsArgs([])).toEqual({ json: false, limit: 50 });
  });

  it('reads --json, --limit, --platform and --since', () => {
    expect(parseReportsArgs(['--json', '--limit=5', '--platform=tiktok', '--since=2026-11-30'])).toEqual({
      json: true,
      limit: 5,
      platform: 'tiktok',
      since: new Date('2026-11-30T00:00:00Z'),
    });
    expect(parseReportsArgs(['--limit', '7']).limit).toBe(7);
  });

  it.each([
    [['--limit=0'], /--limit must be a whole number from 1 to 10000/],
    [['--limit=-3'], /--limit/],
    [['--limit=2.5'], /--limit/],
    [['--limit=ten'], /--limit/],
    [[`--limit=${MAX_LISTED + 1}`], /--limit/],
    [['--since=2026-02-30'], /--since must be a date written YYYY-MM-DD/],
    [['--since=yesterday'], /--since/],
    [['--platform=TikTok'], /--platform must be a platform's slug/],
    [['--platform=../x'], /--platform/],
    [['--verbose'], /Unknown option/],
    [['tiktok'], /Unexpected argument/],
    [['--json=yes'], /--json/],
  ])('refuses %j as a usage error', (args, message) => {
    expect(() => parseReportsArgs(args)).toThrow(ReportsUsageError);
    expect(() => parseReportsArgs(args)).toThrow(message);
  });
});

describe('printing reports', () => {
  it('as JSON: every field, the message whole, the time as ISO 8601', () => {
    const message = `Line one\nline two ${'x'.repeat(300)}`;
    expect(reportAsJson(report({ message, replyEmail: 'reader@example.test' }))).toEqual({
      id: 'c0ffee00-0000-4000-8000-000000000001',
      createdAt: '2026-12-01T09:30:15.000Z',
      platform: 'tiktok',
      step: 'make-account-private',
      locale: 'es',
      contentDate: '2026-11-02',
      pagePath: '/tiktok/make-account-private',
      message,
      replyEmail: 'reader@example.test',
    });
  });

  it('as a table: one line per report, the message cut short on one line', () => {
    const text = reportsTable(
      [
        report({ message: `First line\nsecond line ${'y'.repeat(100)}`, replyEmail: 'reader@example.test' }),
        report({ platform: 'x', step: 'protect-your-posts', locale: 'en', createdAt: new Date('2026-11-30T23:59:00Z') }),
      ],
      { limit: 50 },
    );
    const lines = text.split('\n');
    expect(lines[0]).toBe('2 problem reports, newest first:');
    expect(lines[2]).toMatch(/^Received\s+Step\s+Language\s+Content date\s+Message\s+Reply to$/);
    expect(lines[3]).toMatch(/^2026-12-01 09:30 UTC\s+tiktok\/make-account-private\s+es\s+2026-11-02\s+First line second line y+… +reader@example\.test$/);
    expect(lines[4]).toMatch(/^2026-11-30 23:59 UTC\s+x\/protect-your-posts\s+en\s+2026-11-02\s+The toggle moved\.\s+-$/);
    expect(lines).toHaveLength(5);
  });

  it('says when there are none, and when the limit cut the list', () => {
    expect(reportsTable([], { limit: 50 })).toBe('No problem reports.');
    expect(reportsTable([], { limit: 50, platform: 'x', since: new Date('2026-12-01T00:00:00Z') })).toBe('No problem reports on x since 2026-12-01.');
    expect(reportsTable([report()], { limit: 1 }).split('\n')[0]).toBe('The 1 newest problem reports (--limit=N for more):');
  });

  it('cuts by character, never inside one', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('🙂'.repeat(12), 10)).toBe(`${'🙂'.repeat(9)}…`);
    expect(truncate('a\n\n b\tc', 10)).toBe('a b c');
  });
});
