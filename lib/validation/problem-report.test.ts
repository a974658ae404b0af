import { describe, expect, it } from 'vitest';
import { getPlatform, getStep } from '@/lib/content';
import { toFieldIssues } from '@/lib/http/handler';
import { problemMessage } from '@/lib/i18n/problems';
import { problemReportSchema, REPORT_MESSAGE_MAX, reportedStepPath } from './problem-report';

const tiktok = getPlatform('tiktok')!;
const step = getStep(tiktok, 'make-account-private')!;
const valid = { platform: 'tiktok', step: 'make-account-private', locale: 'es', message: 'The toggle is gone.', replyEmail: '' };
/** Each issue as the route handler answers it, in English. */
const issuesOf = (input: unknown) =>
  toFieldIssues(problemReportSchema.safeParse(input).error?.issues ?? []).map(({ path, problem }) => `${path}: ${problemMessage('en', problem)}`);

describe('problemReportSchema', () => {
  it('takes what the step is about from the content: its name, its page and the day it was last checked', () => {
    expect(problemReportSchema.parse(valid)).toEqual({
      platform: 'tiktok',
      step: 'make-account-private',
      locale: 'es',
      message: 'The toggle is gone.',
      replyEmail: null,
      platformName: tiktok.name,
      stepTitle: step.title,
      contentDate: step.lastVerified,
      pagePath: '/tiktok/make-account-private',
    });
  });

  it('refuses a content date, or anything else, sent with the report', () => {
    expect(issuesOf({ ...valid, contentDate: '2020-01-01' })).toEqual([': holds fields that are not expected: contentDate']);
    expect(issuesOf({ ...valid, pagePath: '/elsewhere' })).toEqual([': holds fields that are not expected: pagePath']);
  });

  it.each([
    [{ ...valid, platform: 'myspace' }, ['platform: is not a platform Unlisted knows']],
    [{ ...valid, step: 'delete-everything' }, ['step: is not a step of this platform']],
    [{ ...valid, step: 'make-account-private', platform: 'youtube' }, ['step: is not a step of this platform']],
    [{ ...valid, locale: 'fr' }, ['locale: must be one of en, es']],
    [{ ...valid, message: '' }, ['message: Write what is wrong with this step.']],
    [{ ...valid, message: ' \n\t \r\n ' }, ['message: Write what is wrong with this step.']],
    [{ ...valid, message: 'x'.repeat(REPORT_MESSAGE_MAX + 1) }, ['message: Keep the message to 2,000 characters or fewer.']],
    [{ ...valid, replyEmail: 'not an address' }, ['replyEmail: Enter an email address like name@example.com, or leave it empty.']],
    [{ ...valid, replyEmail: 'a@b.org\r\nBcc: victim@example.test' }, ['replyEmail: Enter an email address like name@example.com, or leave it empty.']],
    [{ ...valid, replyEmail: `${'a'.repeat(250)}@example.test` }, ['replyEmail: That email address is too long.']],
  ])('refuses %j with a message', (input, expected) => {
    expect(issuesOf(input)).toEqual(expected);
  });

  it('refuses wrong types and missing fields without throwing', () => {
    for (const input of [null, 42, 'text', [], {}, { ...valid, message: 7 }, { ...valid, platform: ['tiktok'] }, { ...valid, replyEmail: null }]) {
      expect(problemReportSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
    }
  });

  it('counts a line break once, as the browser’s maxlength did, though a form sends it as CR LF', () => {
    const lines = Array.from({ length: REPORT_MESSAGE_MAX / 10 }, () => 'abcdefghi');
    const typed = lines.join('\n');
    expect(typed.length).toBe(REPORT_MESSAGE_MAX - 1);
    const posted = lines.join('\r\n');
    expect(posted.length).toBeGreaterThan(REPORT_MESSAGE_MAX);
    expect(problemReportSchema.parse({ ...valid, message: posted }).message).toBe(typed);
  });

  it('drops control characters a message cannot show (PostgreSQL cannot even store NUL)', () => {
    expect(problemReportSchema.parse({ ...valid, message: 'a\u0000b\u0007c\td\ne\u007f' }).message).toBe('abc\td\ne');
    expect(issuesOf({ ...valid, message: '\u0000\u0001' })).toEqual(['message: Write what is wrong with this step.']);
  });

  it('trims the message and the address, keeps the address as typed, and needs no address at all', () => {
    const parsed = problemReportSchema.parse({ ...valid, message: '  Wrong menu name \n', replyEmail: ' Reader@Example.test ' });
    expect(parsed.message).toBe('Wrong menu name');
    expect(parsed.replyEmail).toBe('Reader@Example.test');
    const withoutAddress = { platform: valid.platform, step: valid.step, locale: valid.locale, message: valid.message };
    expect(problemReportSchema.parse(withoutAddress).replyEmail).toBeNull();
    expect(problemReportSchema.parse({ ...valid, replyEmail: '   ' }).replyEmail).toBeNull();
  });
});

describe('reportedStepPath', () => {
  it('is the page of a step that exists, and nothing else', () => {
    expect(reportedStepPath('tiktok', 'make-account-private')).toBe('/tiktok/make-account-private');
    for (const [platform, stepSlug] of [
      ['tiktok', 'nope'],
      ['myspace', 'make-account-private'],
      ['//evil.example', 'x'],
      ['tiktok', '../../api/health'],
      [undefined, 'make-account-private'],
      ['tiktok', ['make-account-private']],
    ]) {
      expect(reportedStepPath(platform, stepSlug), `${String(platform)} ${String(stepSlug)}`).toBeNull();
    }
  });
});
