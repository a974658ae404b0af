import { describe, expect, it } from 'vitest';
import { withOwnDatabase } from '../test-setup/own-database';
import { at } from '../test-setup/users';
import { DEFAULT_REPORT_LIST_LIMIT, forgetOldReplyEmails, insertProblemReport, listProblemReports, type NewProblemReport } from './problem-reports';

// Listing without a filter reads every report: on PostgreSQL, a database of this file's own.
withOwnDatabase();

const report = (overrides: Partial<NewProblemReport> = {}): NewProblemReport => ({
  platform: 'tiktok',
  step: 'make-account-private',
  locale: 'en',
  contentDate: '2026-11-02',
  pagePath: '/tiktok/make-account-private',
  message: 'The toggle moved to Settings › Privacy.',
  replyEmail: null,
  ...overrides,
});

describe('problem reports', () => {
  it('are stored as given, with an id and the time they arrived', async () => {
    const stored = await insertProblemReport(report({ locale: 'es', replyEmail: 'Reader@Example.test' }), at('2026-11-20T10:00:00Z'));
    expect(stored).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      platform: 'tiktok',
      step: 'make-account-private',
      locale: 'es',
      contentDate: '2026-11-02',
      pagePath: '/tiktok/make-account-private',
      message: 'The toggle moved to Settings › Privacy.',
      replyEmail: 'Reader@Example.test',
      createdAt: at('2026-11-20T10:00:00Z'),
    });
    expect((await listProblemReports()).find((row) => row.id === stored.id)).toEqual(stored);
  });

  it('forget the reply address of old reports and keep the reports themselves', async () => {
    const old = await insertProblemReport(report({ replyEmail: 'old@example.test', message: 'old one' }), at('2025-01-01T10:00:00Z'));
    const recent = await insertProblemReport(report({ replyEmail: 'new@example.test', message: 'recent one' }), at('2025-03-01T10:00:00Z'));
    expect(await forgetOldReplyEmails({ before: at('2025-02-01T00:00:00Z') })).toBe(1);
    const rows = await listProblemReports({ since: at('2025-01-01T00:00:00Z') });
    expect(rows.find((row) => row.id === old.id)).toMatchObject({ message: 'old one', replyEmail: null });
    expect(rows.find((row) => row.id === recent.id)).toMatchObject({ replyEmail: 'new@example.test' });
    // Nothing left to forget: a second run changes nothing.
    expect(await forgetOldReplyEmails({ before: at('2025-02-01T00:00:00Z') })).toBe(0);
  });

  it('keep only the fields of a report, whatever else the object carries', async () => {
    const sneaky = { ...report(), id: 'chosen-id', createdAt: at('2020-01-01T00:00:00Z') } as NewProblemReport;
    const stored = await insertProblemReport(sneaky, at('2026-11-21T10:00:00Z'));
    expect(stored.id).not.toBe('chosen-id');
    expect(stored.createdAt).toEqual(at('2026-11-21T10:00:00Z'));
  });

  it('are listed newest first, for one platform, since a day, up to a limit', async () => {
    const times = ['2026-12-01T08:00:00Z', '2026-12-02T08:00:00Z', '2026-12-03T08:00:00Z', '2026-12-04T08:00:00Z'];
    const [first, second, third, fourth] = await Promise.all(
      times.map((time, index) => insertProblemReport(report({ platform: index % 2 ? 'instagram' : 'x', message: `report ${index}` }), at(time))),
    );
    const since = at('2026-12-01T00:00:00Z');
    expect((await listProblemReports({ since })).map((row) => row.id)).toEqual([fourth!.id, third!.id, second!.id, first!.id]);
    expect((await listProblemReports({ since, platform: 'instagram' })).map((row) => row.id)).toEqual([fourth!.id, second!.id]);
    expect((await listProblemReports({ since: at('2026-12-03T00:00:00Z') })).map((row) => row.id)).toEqual([fourth!.id, third!.id]);
    // The moment itself counts as "since".
    expect((await listProblemReports({ since: at('2026-12-04T08:00:00Z') })).map((row) => row.id)).toEqual([fourth!.id]);
    expect((await listProblemReports({ since, limit: 1 })).map((row) => row.id)).toEqual([fourth!.id]);
    expect(await listProblemReports({ platform: 'myspace' })).toEqual([]);
  });

  it('list the default number when no limit is given, and refuse a limit that is not a positive whole number', async () => {
    await Promise.all(
      Array.from({ length: DEFAULT_REPORT_LIST_LIMIT + 1 }, (_, index) => insertProblemReport(report({ platform: 'youtube' }), new Date(Date.UTC(2026, 11, 5, 0, index)))),
    );
    expect(await listProblemReports({ platform: 'youtube' })).toHaveLength(DEFAULT_REPORT_LIST_LIMIT);
    for (const limit of [0, -1, 1.5, Number.NaN]) await expect(listProblemReports({ limit })).rejects.toThrow(RangeError);
  });

  it('keep messages whole, whatever they hold', async () => {
    const message = `Line one\nLine two with ‘quotes’, 'apostrophes', emoji 🙂 and more: ${'x'.repeat(1900)}`;
    const stored = await insertProblemReport(report({ message, platform: 'snapchat' }));
    expect((await listProblemReports({ platform: 'snapchat' }))[0]).toMatchObject({ id: stored.id, message });
  });
});
