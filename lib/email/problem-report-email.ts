import { LOCALE_NAMES, isLocale } from '@/lib/content/locales';
import type { ProblemReport } from '@/lib/db/queries/problem-reports';
import type { Email } from './send';

/**
 * A problem report for the people who keep the checklists: plain text only,
 * as the message is whatever a reader typed. Nothing a reader typed goes into
 * a header but the Reply-To address, which was validated as one address.
 */
export function problemReportEmail({
  report,
  to,
  platformName,
  stepTitle,
  appUrl,
}: {
  report: ProblemReport;
  to: readonly string[];
  platformName: string;
  stepTitle: string;
  appUrl: string;
}): Email {
  const language = isLocale(report.locale) ? `${LOCALE_NAMES[report.locale]} (${report.locale})` : report.locale;
  const text = [
    `A reader reported a problem with “${stepTitle}” (${platformName}).`,
    '',
    `Page: ${new URL(report.pagePath, appUrl).toString()}`,
    `Platform: ${report.platform}`,
    `Step: ${report.step}`,
    `Language: ${language}`,
    `Content checked on: ${report.contentDate}`,
    `Received: ${report.createdAt.toISOString()}`,
    `Reply to: ${report.replyEmail ?? 'no address given'}`,
    '',
    'What is wrong:',
    '',
    report.message,
    '',
    '--',
    'Every report is also stored: `npm run reports` lists them.',
  ].join('\n');
  return {
    to: to.join(', '),
    subject: `Problem report: “${stepTitle}” (${platformName})`,
    text,
    ...(report.replyEmail ? { replyTo: report.replyEmail } : {}),
    messageId: `<problem-report-${report.id}@${new URL(appUrl).hostname}>`,
  };
}
