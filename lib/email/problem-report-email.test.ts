import { describe, expect, it } from 'vitest';
import type { ProblemReport } from '@/lib/db/queries/problem-reports';
import { problemReportEmail } from './problem-report-email';

const report: ProblemReport = {
  id: '3f1c2b4a-0000-4000-8000-000000000001',
  platform: 'tiktok',
  step: 'make-account-private',
  locale: 'es',
  contentDate: '2026-11-02',
  pagePath: '/tiktok/make-account-private',
  message: 'El interruptor ya no está.\nSubject: not a header\r\nBcc: victim@example.test',
  replyEmail: 'reader@example.test',
  createdAt: new Date('2026-12-01T09:30:00Z'),
};

const render = (overrides: Partial<ProblemReport> = {}) =>
  problemReportEmail({
    report: { ...report, ...overrides },
    to: ['content@example.org', 'editor@example.org'],
    platformName: 'TikTok',
    stepTitle: 'Make your account private',
    appUrl: 'https://unlisted.example.org',
  });

describe('problemReportEmail', () => {
  it('says which step, page, language and content date, and quotes the message whole', () => {
    const email = render();
    expect(email.to).toBe('content@example.org, editor@example.org');
    expect(email.subject).toBe('Problem report: “Make your account private” (TikTok)');
    expect(email.text).toContain('Page: https://unlisted.example.org/tiktok/make-account-private\n');
    expect(email.text).toContain('Platform: tiktok\nStep: make-account-private\nLanguage: Español (es)\nContent checked on: 2026-11-02\n');
    expect(email.text).toContain('Received: 2026-12-01T09:30:00.000Z\n');
    expect(email.text).toContain('Reply to: reader@example.test\n');
    expect(email.text).toContain(`What is wrong:\n\n${report.message}\n`);
    expect(email.messageId).toBe(`<problem-report-${report.id}@unlisted.example.org>`);
  });

  it('is plain text, with replies going to the reader only when they gave an address', () => {
    const withAddress = render();
    expect(withAddress.html).toBeUndefined();
    expect(withAddress.replyTo).toBe('reader@example.test');
    const without = render({ replyEmail: null });
    expect(without.replyTo).toBeUndefined();
    expect('replyTo' in without).toBe(false);
    expect(without.text).toContain('Reply to: no address given\n');
  });

  it('puts nothing the reader typed into a header but the validated Reply-To', () => {
    const email = render();
    expect(email.subject).not.toContain('Subject');
    expect(email.headers).toBeUndefined();
    expect(email.to).not.toContain('victim');
  });
});
