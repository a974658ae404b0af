import { describe, expect, it } from 'vitest';
import { reportProblemUrl } from './report-link';

describe('reportProblemUrl', () => {
  it('fills a mail template, encoded so the address stays one URL', () => {
    const url = reportProblemUrl('mailto:content@example.org?subject={subject}&body={body}', {
      subject: 'Problem with “Delete” (TikTok) & more',
      body: 'Page: http://localhost:3000/tiktok/delete-account\nLine 2',
    });
    expect(url).toBe(
      'mailto:content@example.org?subject=Problem%20with%20%E2%80%9CDelete%E2%80%9D%20(TikTok)%20%26%20more&body=Page%3A%20http%3A%2F%2Flocalhost%3A3000%2Ftiktok%2Fdelete-account%0ALine%202',
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get('subject')).toBe('Problem with “Delete” (TikTok) & more');
    expect(parsed.searchParams.get('body')).toContain('\nLine 2');
  });

  it('fills an issue-tracker template and leaves one without placeholders alone', () => {
    expect(reportProblemUrl('https://tracker.example.org/new?title={subject}', { subject: 'a b', body: 'c' })).toBe(
      'https://tracker.example.org/new?title=a%20b',
    );
    expect(reportProblemUrl('https://tracker.example.org/new', { subject: 'a', body: 'b' })).toBe('https://tracker.example.org/new');
  });
});
